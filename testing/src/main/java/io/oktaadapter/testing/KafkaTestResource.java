package io.oktaadapter.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: points every Kafka channel at the JVM's shared real KRaft broker ({@link
 * KafkaBroker#shared()}).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of("kafka.bootstrap.servers", KafkaBroker.shared().bootstrapServers());
  }

  @Override
  public void stop() {
    // The broker is shared by every test application of this JVM; it stops when the JVM exits.
  }
}
