package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.in.events.RedeliverEventsUseCase;
import io.oktaadapter.application.port.in.events.RegisterEventHookUseCase;
import io.oktaadapter.application.port.in.events.ResolveQuarantineUseCase;
import io.oktaadapter.application.port.in.secrets.HookSecretRotation;
import io.oktaadapter.application.port.in.secrets.RotateHookSecretUseCase;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.hook.HookKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases: operations on the adapter itself (redelivery, event-hook registration, hook-secret
 * rotation), guarded by the access policy and audited. Summaries carry versions, never secrets.
 */
public final class AuditedAdministration {

  private AuditedAdministration() {}

  public static RedeliverEventsUseCase redeliver(RedeliverEventsUseCase delegate, Auditor auditor) {
    return request -> {
      auditor.require(Access.REDELIVER, null);
      int queued = delegate.redeliver(request);
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("from", request.from().toString());
      after.put("to", request.to().toString());
      after.put("eventTypes", Summaries.strings(request.eventTypes()));
      after.put("queued", queued);
      auditor.record("events.redeliver", "identity-events", "redelivery", null, Map.of(), after);
      return queued;
    };
  }

  /**
   * Reprocessing or discarding a quarantine entry needs the redelivery permission (support); each
   * is audited with the entry's id, kind and the outcome (never the body: it may carry personal
   * data that the quarantine keeps only for its retention).
   */
  public static ResolveQuarantineUseCase resolveQuarantine(
      ResolveQuarantineUseCase delegate, Auditor auditor) {
    return new ResolveQuarantineUseCase() {
      @Override
      public Resolution reprocess(long id, String correctedBody) {
        auditor.require(Access.REDELIVER, null);
        Resolution r = delegate.reprocess(id, correctedBody);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", r.status());
        after.put("corrected", correctedBody != null);
        after.put("accepted", r.accepted());
        after.put("duplicates", r.duplicates());
        after.put("filtered", r.filtered());
        after.put("quarantined", r.quarantined());
        auditor.record(
            "event-quarantine.reprocess",
            "event-quarantine",
            String.valueOf(id),
            null,
            Map.of("status", "QUARANTINED"),
            after);
        return r;
      }

      @Override
      public Resolution discard(long id, String reason) {
        auditor.require(Access.REDELIVER, null);
        Resolution r = delegate.discard(id, reason);
        auditor.record(
            "event-quarantine.discard",
            "event-quarantine",
            String.valueOf(id),
            null,
            Map.of("status", "QUARANTINED"),
            Map.of("status", r.status(), "reason", reason.strip()));
        return r;
      }
    };
  }

  public static RegisterEventHookUseCase registerHook(
      RegisterEventHookUseCase delegate, Auditor auditor) {
    return new RegisterEventHookUseCase() {
      @Override
      public EventHookStatus register(Registration registration) {
        auditor.require(Access.ADMINISTER, null);
        try {
          delegate.check(registration);
        } catch (InvalidFieldException e) {
          // The refused URI is not kept: it may carry user info (a password).
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("outcome", "REFUSED");
          after.put("fields", e.violations().stream().map(f -> f.field()).distinct().toList());
          auditor.record("event-hook.register", "event-hook", "event-hook", null, Map.of(), after);
          throw e;
        }
        Map<String, Object> before = current(delegate);
        EventHookStatus status;
        try {
          status = delegate.register(registration);
        } catch (RuntimeException e) {
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("outcome", "FAILED");
          after.put("uri", registration.uri());
          if (e instanceof OktaFailure f) {
            f.errorCode().ifPresent(code -> after.put("oktaErrorCode", code));
          }
          after.put("rollbackFailed", e.getSuppressed().length > 0);
          auditor.record("event-hook.register", "event-hook", "event-hook", null, before, after);
          throw e;
        }
        Map<String, Object> after = of(status);
        after.put("outcome", "REGISTERED");
        auditor.record(
            "event-hook.register",
            "event-hook",
            status.oktaId() == null ? "event-hook" : status.oktaId(),
            null,
            before,
            after);
        return status;
      }

      @Override
      public void check(Registration registration) {
        delegate.check(registration);
      }

      @Override
      public Optional<EventHookStatus> status() {
        auditor.require(Access.READ_GLOBAL, null);
        return delegate.status();
      }
    };
  }

  public static RotateHookSecretUseCase rotate(RotateHookSecretUseCase delegate, Auditor auditor) {
    return new RotateHookSecretUseCase() {
      @Override
      public HookSecretRotation start(HookKind kind) {
        auditor.require(Access.ADMINISTER, null);
        return audited(kind, "hook-secret.rotation-start", delegate.start(kind));
      }

      @Override
      public HookSecretRotation complete(HookKind kind) {
        auditor.require(Access.ADMINISTER, null);
        return audited(kind, "hook-secret.rotation-complete", delegate.complete(kind));
      }

      private HookSecretRotation audited(HookKind kind, String action, HookSecretRotation r) {
        Map<String, Object> after;
        if (r instanceof HookSecretRotation.Started s) {
          after = Map.of("state", "STARTED", "nextVersion", s.nextVersion());
        } else if (r instanceof HookSecretRotation.Completed c) {
          after = Map.of("state", "COMPLETED", "currentVersion", c.currentVersion());
        } else {
          return r;
        }
        String target = kind.name().toLowerCase(Locale.ROOT);
        auditor.record(action, "hook-secret", target, null, Map.of(), after);
        return r;
      }
    };
  }

  // The before-summary is informative only: Okta being unreachable must not block the change.
  private static Map<String, Object> current(RegisterEventHookUseCase delegate) {
    try {
      return delegate.status().map(AuditedAdministration::of).orElse(Map.of());
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  private static Map<String, Object> of(RegisterEventHookUseCase.EventHookStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("uri", s.uri());
    m.put("status", s.status());
    m.put("verificationStatus", s.verificationStatus());
    m.put("eventTypes", s.eventTypes());
    return m;
  }
}
