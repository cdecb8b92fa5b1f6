package io.oktaadapter.adapters.out.kafka;

import io.oktaadapter.application.port.out.messaging.EventPublisher;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Kafka adapter: publishes outbox events as CloudEvents 1.0 in binary mode ({@code ce_*} headers,
 * JSON value), keyed by the event's partition key, and waits for the broker's acknowledgement of
 * each (the channel uses {@code acks=all} and the idempotent producer).
 */
@ApplicationScoped
class KafkaEventPublisher implements EventPublisher {

  static final String CHANNEL = "outbox-events";

  private final Emitter<String> emitter;
  private final KafkaConfig config;

  KafkaEventPublisher(
      @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
          Emitter<String> emitter,
      KafkaConfig config) {
    this.emitter = emitter;
    this.config = config;
  }

  @Override
  public List<PublishOutcome> publish(List<StoredEvent> events) {
    List<CompletableFuture<Void>> acks = new ArrayList<>(events.size());
    for (StoredEvent stored : events) {
      CompletableFuture<Void> ack = new CompletableFuture<>();
      acks.add(ack);
      try {
        emitter.send(toMessage(stored.event(), ack));
      } catch (RuntimeException e) {
        ack.completeExceptionally(e);
      }
    }
    long deadline = System.nanoTime() + config.ackTimeout().toNanos();
    List<PublishOutcome> outcomes = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      long position = events.get(i).position();
      outcomes.add(await(acks.get(i), position, deadline));
    }
    return outcomes;
  }

  private static PublishOutcome await(CompletableFuture<Void> ack, long position, long deadline) {
    try {
      ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return new PublishOutcome.Published(position);
    } catch (TimeoutException e) {
      return new PublishOutcome.Failed(position, "no acknowledgement from Kafka in time");
    } catch (ExecutionException e) {
      return new PublishOutcome.Failed(position, "Kafka refused the record: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PublishOutcome.Failed(position, "interrupted while waiting for Kafka");
    }
  }

  private Message<String> toMessage(OutboundEvent event, CompletableFuture<Void> ack) {
    OutgoingCloudEventMetadataBuilder<Object> ce =
        OutgoingCloudEventMetadata.builder()
            .withId(event.id())
            .withSource(event.source())
            .withType(event.type())
            .withTimestamp(event.time().atZone(ZoneOffset.UTC))
            .withDataContentType("application/json");
    if (event.subject() != null) {
      ce.withSubject(event.subject());
    }
    event.extensions().forEach(ce::withExtension);
    OutgoingKafkaRecordMetadata<String> kafka =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(topicOf(event.stream()))
            .withKey(event.key())
            .build();
    return Message.of(
        event.data(),
        Metadata.of(ce.build(), kafka),
        () -> {
          ack.complete(null);
          return CompletableFuture.completedFuture(null);
        },
        failure -> {
          ack.completeExceptionally(failure);
          return CompletableFuture.completedFuture(null);
        });
  }

  private String topicOf(EventStream stream) {
    KafkaConfig.Topics topics = config.topics();
    return switch (stream) {
      case IDENTITY_EVENTS -> topics.identityEvents();
      case TENANT_EVENTS -> topics.tenantEvents();
      case COMMAND_RESULTS -> topics.commandResults();
      case TELEPHONY_REQUESTS -> topics.telephonyRequests();
    };
  }
}
