package io.oktaadapter.testing.local;

import io.oktaadapter.testing.KafkaBroker;
import java.util.List;

/**
 * Local-run service: the real KRaft Kafka broker in this JVM, its log under {@code <data>/kafka}.
 */
public final class LocalKafka implements RestartableService {

  static final int DEFAULT_PORT = 9092;
  static final int DEFAULT_CONTROLLER_PORT = 9093;

  private KafkaBroker broker;

  @Override
  public String name() {
    return "kafka";
  }

  @Override
  public List<Endpoint> start(LocalSettings settings) {
    int port = settings.port("kafka", DEFAULT_PORT);
    int controllerPort = settings.port("kafka-controller", DEFAULT_CONTROLLER_PORT);
    broker = KafkaBroker.start(port, controllerPort, settings.dataDir("kafka"), true);
    return List.of(
        new Endpoint("OKTA_ADAPTER_LOCAL_KAFKA_PORT", String.valueOf(port), "Kafka port"),
        new Endpoint(
            "OKTA_ADAPTER_LOCAL_KAFKA_CONTROLLER_PORT",
            String.valueOf(controllerPort),
            "KRaft controller port"),
        new Endpoint(
            "OKTA_ADAPTER_LOCAL_KAFKA_BOOTSTRAP_SERVERS",
            broker.bootstrapServers(),
            "Kafka bootstrap servers"));
  }

  @Override
  public void stopInPlace() {
    broker.stop();
  }

  @Override
  public void startInPlace() {
    broker.restart();
  }

  @Override
  public void close() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }
}
