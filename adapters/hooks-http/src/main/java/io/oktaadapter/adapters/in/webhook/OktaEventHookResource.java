package io.oktaadapter.adapters.in.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.oktaadapter.application.port.in.events.QuarantineDeliveryUseCase;
import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase.DeliveryReceipt;
import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.hook.HookKind;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Webhook adapter: Okta's event-hook endpoint. Answers the one-time verification GET, and for each
 * delivery POST answers 200 only after every valid event is durably stored with its outbox row and
 * every invalid event of it is quarantined on its own (one transaction); 401 for a wrong secret
 * (nothing stored), 400 or 413 for a delivery whose envelope cannot be read (quarantined whole),
 * 503 when storage is unavailable so that Okta retries.
 */
@Path("/hooks/okta/events")
class OktaEventHookResource {

  static final String CHALLENGE_HEADER = "x-okta-verification-challenge";

  private final HookAuthenticator authenticator;
  private final EventHookGroupCommit writer;
  private final QuarantineDeliveryUseCase quarantine;
  private final EventDeliveryParser parser;
  private final HookConfig config;
  private final HookMetrics metrics;
  private final Clock clock = Clock.systemUTC();

  OktaEventHookResource(
      HookAuthenticator authenticator,
      EventHookGroupCommit writer,
      QuarantineDeliveryUseCase quarantine,
      EventDeliveryParser parser,
      HookConfig config,
      HookMetrics metrics) {
    this.authenticator = authenticator;
    this.writer = writer;
    this.quarantine = quarantine;
    this.parser = parser;
    this.config = config;
    this.metrics = metrics;
  }

  @GET
  public Response verify(@Context HttpHeaders headers) {
    Response refused = authenticate(headers);
    if (refused != null) {
      return refused;
    }
    // JAX-RS looks headers up case-insensitively, as Okta's docs spell it both ways.
    String challenge = headers.getHeaderString(CHALLENGE_HEADER);
    if (challenge == null || challenge.isBlank()) {
      return HookProblems.response(
          400, "The header " + CHALLENGE_HEADER + " is required.", CHALLENGE_HEADER, null);
    }
    return Response.ok(Map.of("verification", challenge), MediaType.APPLICATION_JSON).build();
  }

  // On the I/O thread while the hook secrets are held in memory: the checks and the parsing need
  // no I/O, and the answer completes when the delivery's batch committed (EventHookGroupCommit).
  // Reading the secrets from their store, and writing a refused delivery to the quarantine, happen
  // on a worker thread.
  @POST
  @NonBlocking
  @Consumes(MediaType.WILDCARD)
  public CompletionStage<Response> deliver(@Context HttpHeaders headers, byte[] body) {
    if (authenticator.answersFromMemory(HookKind.EVENT)) {
      return accept(headers, body);
    }
    return CompletableFuture.supplyAsync(() -> accept(headers, body), worker())
        .thenCompose(answer -> answer);
  }

  private CompletionStage<Response> accept(HttpHeaders headers, byte[] body) {
    Response refused = authenticate(headers);
    if (refused != null) {
      return CompletableFuture.completedFuture(refused);
    }
    // HookGate refused other content types before the body was read; this stays as a second line.
    if (!HookGate.isJson(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
      return CompletableFuture.completedFuture(
          HookProblems.response(415, "The body must be application/json.", "Content-Type", null));
    }
    if (body.length > config.event().maxBodyBytes()) {
      return reject(
          413, "The body exceeds " + config.event().maxBodyBytes() + " bytes.", null, body);
    }
    EventDelivery delivery;
    try {
      delivery = parser.parse(body, clock.instant());
    } catch (JsonProcessingException e) {
      // Never the parser's message: it can quote the body.
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      return reject(400, "The body is not valid JSON" + where + ".", null, body);
    } catch (IOException e) {
      return reject(400, "The body could not be read.", null, body);
    } catch (InvalidFieldException e) {
      String field = e.violations().get(0).field();
      return reject(400, e.getMessage(), field.isEmpty() ? null : field, body);
    }
    return store(delivery);
  }

  private static Executor worker() {
    return Infrastructure.getDefaultWorkerPool();
  }

  private CompletionStage<Response> store(EventDelivery delivery) {
    return writer
        .store(delivery)
        .orTimeout(config.event().storeTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .handle((receipt, failure) -> answer(delivery, receipt, failure));
  }

  private Response answer(EventDelivery delivery, DeliveryReceipt receipt, Throwable failure) {
    if (failure != null) {
      // Never a 2xx for events that are not durable: Okta retries a 5xx once.
      if (failure instanceof EventHookGroupCommit.DatabaseUnavailableException
          || failure.getCause() instanceof EventHookGroupCommit.DatabaseUnavailableException) {
        // The writer logged the outage once; a stack trace per delivery would only slow the 503s.
        Log.debugf("Event-hook delivery %s: database unavailable", delivery.deliveryId());
      } else {
        Log.errorf(failure, "Event-hook delivery %s could not be stored", delivery.deliveryId());
      }
      metrics.delivery("unavailable");
      return HookProblems.response(
          503, "The delivery could not be stored at the moment; retry.", null, null);
    }
    metrics.delivery("accepted");
    metrics.events(receipt);
    if (receipt.quarantined() > 0) {
      // The reasons name fields, never values; the events themselves are in the quarantine.
      Log.warnf(
          "Event-hook delivery %s: %d of its events quarantined (%s)",
          delivery.deliveryId(), receipt.quarantined(), delivery.rejected().get(0).describe());
    }
    Log.debugf(
        "Event-hook delivery %s: %d accepted, %d duplicates, %d filtered, %d quarantined",
        delivery.deliveryId(),
        receipt.accepted(),
        receipt.duplicates(),
        receipt.filtered(),
        receipt.quarantined());
    return Response.ok().build();
  }

  private Response authenticate(HttpHeaders headers) {
    HookSecretCheck check =
        authenticator.authenticate(
            HookKind.EVENT, headers.getHeaderString(config.event().authHeader()));
    return switch (check) {
      case ACCEPTED -> null;
      case REJECTED -> {
        metrics.delivery("unauthenticated");
        yield HookProblems.response(
            401, "The hook's authorization header is missing or wrong.", null, null);
      }
      case UNAVAILABLE -> {
        metrics.delivery("unavailable");
        yield HookProblems.response(
            503, "The hook secrets cannot be read at the moment; retry.", null, null);
      }
    };
  }

  /** Quarantines the refused delivery (on a worker thread: it writes to the database). */
  private CompletionStage<Response> reject(int status, String reason, String field, byte[] body) {
    return CompletableFuture.supplyAsync(() -> quarantined(status, reason, field, body), worker());
  }

  private Response quarantined(int status, String reason, String field, byte[] body) {
    metrics.delivery("quarantined");
    try {
      String text =
          new String(
              body,
              0,
              Math.min(body.length, config.event().maxBodyBytes()),
              StandardCharsets.UTF_8);
      QuarkusTransaction.requiringNew().run(() -> quarantine.quarantine(text, reason));
    } catch (RuntimeException e) {
      Log.warnf("Refused event-hook delivery could not be quarantined: %s", e.getMessage());
    }
    Log.warnf("Refused event-hook delivery (%d): %s", status, reason);
    return HookProblems.response(status, reason, field, null);
  }
}
