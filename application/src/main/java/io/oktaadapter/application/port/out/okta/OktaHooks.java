package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port for registering the adapter's own hook endpoints with an Okta org: event hooks
 * (created ACTIVE and UNVERIFIED, then verified) and inline hooks.
 */
public interface OktaHooks {

  RegisteredHook createEventHook(EventHookDetails details);

  /** Asks Okta to call the hook's verification endpoint; fails when the endpoint did not answer. */
  RegisteredHook verifyEventHook(OktaId id);

  void activateEventHook(OktaId id);

  List<RegisteredHook> listEventHooks();

  /** Deactivates the event hook (Okta deletes only inactive hooks). */
  void deactivateEventHook(OktaId id);

  /** Deletes an inactive event hook. */
  void deleteEventHook(OktaId id);

  RegisteredHook createInlineHook(InlineHookDetails details);

  void activateInlineHook(OktaId id);

  List<RegisteredHook> listInlineHooks();

  /** Sets the header Okta sends with each call of the event hook. */
  void updateEventHookAuth(OktaId id, AuthHeader header);

  /** Sets the header Okta sends with each call of the inline hook. */
  void updateInlineHookAuth(OktaId id, AuthHeader header);

  /** The header Okta adds to each hook call; {@link #toString()} never shows its value. */
  record AuthHeader(String key, String value) {
    public AuthHeader {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "AuthHeader[key=" + key + ", value=***]";
    }
  }

  /** What the adapter registers as an event hook: where and for which System Log event types. */
  record EventHookDetails(String name, String uri, List<String> eventTypes, AuthHeader auth) {
    public EventHookDetails {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(auth, "auth");
      eventTypes = List.copyOf(eventTypes);
    }
  }

  /**
   * What the adapter registers as an inline hook.
   *
   * @param type Okta's inline hook type, e.g. {@code com.okta.oauth2.tokens.transform}
   */
  record InlineHookDetails(String name, String type, String uri, AuthHeader auth) {
    public InlineHookDetails {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(auth, "auth");
    }
  }

  /**
   * A hook as Okta holds it.
   *
   * @param verificationStatus VERIFIED or UNVERIFIED for event hooks; empty for inline hooks
   */
  record RegisteredHook(
      OktaId id, String name, String uri, String status, String verificationStatus) {
    public RegisteredHook {
      Objects.requireNonNull(id, "id");
    }

    public Optional<String> verification() {
      return Optional.ofNullable(verificationStatus);
    }
  }
}
