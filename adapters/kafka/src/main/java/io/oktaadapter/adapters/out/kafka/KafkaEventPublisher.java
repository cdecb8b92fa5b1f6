package io.oktaadapter.adapters.out.kafka;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.oktaadapter.application.port.out.messaging.EventPublisher;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Kafka adapter: publishes outbox events as CloudEvents 1.0 in binary mode ({@code ce_*} headers,
 * {@code content-type: application/json}, JSON value), keyed by the event's partition key, and
 * waits for the broker's acknowledgement of each (the channel uses {@code acks=all} and the
 * idempotent producer). It returns only when every send of the batch has its verdict (acknowledged,
 * or given up by the producer), so the relay keeps its claim, and nothing sends the same event
 * again, while a send may still succeed (ADR 0003).
 */
@ApplicationScoped
class KafkaEventPublisher implements EventPublisher {

  static final String CHANNEL = "outbox-events";
  private static final String CONTENT_TYPE = "content-type";
  private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

  private final Emitter<String> emitter;
  private final KafkaConfig config;
  private final MeterRegistry metrics;
  private final java.util.Map<EventStream, Timer> latencies =
      new java.util.concurrent.ConcurrentHashMap<>();

  KafkaEventPublisher(
      @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
          Emitter<String> emitter,
      KafkaConfig config,
      MeterRegistry metrics) {
    this.emitter = emitter;
    this.config = config;
    this.metrics = metrics;
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
      StoredEvent stored = events.get(i);
      PublishOutcome outcome = await(acks.get(i), stored.position(), deadline);
      if (outcome instanceof PublishOutcome.Published) {
        latency(stored.event().stream()).record(Duration.between(stored.storedAt(), Instant.now()));
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  @Override
  public PublishOutcome deadLetter(StoredEvent stored, String reason) {
    OutboundEvent event = stored.event();
    CompletableFuture<Void> ack = new CompletableFuture<>();
    RecordHeaders headers = new RecordHeaders();
    headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
    jsonContent(headers);
    OutgoingKafkaRecordMetadata<String> kafka =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(topicOf(event.stream()) + ".dlq")
            .withKey(event.key())
            .withHeaders(headers)
            .build();
    try {
      emitter.send(
          Message.of(
              deadLetterNote(event, reason),
              Metadata.of(kafka),
              () -> {
                ack.complete(null);
                return CompletableFuture.completedFuture(null);
              },
              failure -> {
                ack.completeExceptionally(failure);
                return CompletableFuture.completedFuture(null);
              }));
    } catch (RuntimeException e) {
      ack.completeExceptionally(e);
    }
    PublishOutcome outcome =
        await(ack, stored.position(), System.nanoTime() + config.ackTimeout().toNanos());
    return outcome instanceof PublishOutcome.Rejected r
        ? new PublishOutcome.Failed(r.position(), r.reason())
        : outcome;
  }

  private static RecordHeaders jsonContent(RecordHeaders headers) {
    headers.add(CONTENT_TYPE, JSON);
    return headers;
  }

  private static String deadLetterNote(OutboundEvent event, String reason) {
    ObjectNode note = JsonNodeFactory.instance.objectNode();
    note.put("reason", reason);
    note.put("id", event.id());
    note.put("type", event.type());
    note.put("source", event.source().toString());
    note.put("subject", event.subject());
    note.put("time", event.time().toString());
    note.put("key", event.key());
    note.put("dataBytes", event.data().getBytes(StandardCharsets.UTF_8).length);
    return note.toString();
  }

  private static PublishOutcome await(CompletableFuture<Void> ack, long position, long deadline) {
    try {
      ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return new PublishOutcome.Published(position);
    } catch (TimeoutException e) {
      return new PublishOutcome.Failed(position, "no acknowledgement from Kafka in time");
    } catch (ExecutionException e) {
      String reason = "Kafka refused the record: " + e.getCause();
      return isPermanent(e.getCause())
          ? new PublishOutcome.Rejected(position, reason)
          : new PublishOutcome.Failed(position, reason);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PublishOutcome.Failed(position, "interrupted while waiting for Kafka");
    }
  }

  /**
   * Whether retrying cannot help: Kafka says so by not marking an API error retriable (record too
   * large, invalid topic name, serialisation). Anything unknown counts as transient.
   */
  static boolean isPermanent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RetriableException) {
        return false;
      }
      if (t instanceof ApiException || t instanceof SerializationException) {
        return !(t instanceof AuthenticationException || t instanceof AuthorizationException);
      }
    }
    return false;
  }

  private Message<String> toMessage(OutboundEvent event, CompletableFuture<Void> ack) {
    OutgoingCloudEventMetadataBuilder<Object> ce =
        OutgoingCloudEventMetadata.builder()
            .withId(event.id())
            .withSource(event.source())
            .withType(event.type())
            .withTimestamp(event.time().atZone(ZoneOffset.UTC));
    if (event.subject() != null) {
      ce.withSubject(event.subject());
    }
    event.extensions().forEach(ce::withExtension);
    // The CloudEvents Kafka binding maps datacontenttype to the content-type header only; SmallRye
    // would also write a ce_datacontenttype header, so the attribute is set here as the header.
    OutgoingKafkaRecordMetadata<String> kafka =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(topicOf(event.stream()))
            .withKey(event.key())
            .withHeaders(jsonContent(new RecordHeaders()))
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

  /** Time from the event's commit to the outbox until Kafka acknowledged it; one timer a stream. */
  private Timer latency(EventStream stream) {
    return latencies.computeIfAbsent(stream, this::newLatencyTimer);
  }

  private Timer newLatencyTimer(EventStream stream) {
    return Timer.builder("okta_adapter_publish_latency")
        .description("Time from storing an event in the outbox to Kafka's acknowledgement")
        .tag("stream", stream.name().toLowerCase(java.util.Locale.ROOT))
        .publishPercentiles(0.5, 0.99)
        .register(metrics);
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
