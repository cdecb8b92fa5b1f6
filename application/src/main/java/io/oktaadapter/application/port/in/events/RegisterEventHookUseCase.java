package io.oktaadapter.application.port.in.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Inbound port: registers the adapter's event-hook endpoint with the Okta org (with the current
 * event-hook secret as its auth header), has Okta verify it, and reports the hook's status.
 */
public interface RegisterEventHookUseCase {

  /**
   * Creates the hook, or brings the existing one (same name and URI) to these types and secret, and
   * has Okta verify it. When verification fails, a hook created by this call is deactivated and
   * deleted again; a hook registered earlier is left as it was.
   */
  EventHookStatus register(Registration registration);

  /**
   * Refuses a registration that may not be made ({@code InvalidFieldException} naming each field)
   * without calling Okta; {@link #register} applies the same rules.
   */
  void check(Registration registration);

  /** The adapter's hook as Okta holds it, if registered. */
  Optional<EventHookStatus> status();

  /**
   * What to register.
   *
   * @param uri the adapter's public event-hook URL, e.g. {@code
   *     https://adapter.example.com/hooks/okta/events}
   * @param eventTypes System Log event types; empty means the configured defaults
   */
  record Registration(String uri, List<String> eventTypes) {
    public Registration {
      Objects.requireNonNull(uri, "uri");
      eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
  }

  /** The registered hook. */
  record EventHookStatus(
      String oktaId,
      String name,
      String uri,
      String status,
      String verificationStatus,
      List<String> eventTypes) {}
}
