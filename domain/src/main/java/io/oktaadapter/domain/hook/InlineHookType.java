package io.oktaadapter.domain.hook;

import java.util.Optional;

/**
 * Value object: the Okta inline-hook types the adapter answers, with Okta's event type for each.
 */
public enum InlineHookType {
  TOKEN("com.okta.oauth2.tokens.transform"),
  REGISTRATION("com.okta.user.pre-registration"),
  USER_IMPORT("com.okta.import.transform"),
  SAML("com.okta.saml.tokens.transform"),
  PASSWORD_IMPORT("com.okta.user.credential.password.import"),
  TELEPHONY("com.okta.telephony.provider");

  private final String eventType;

  InlineHookType(String eventType) {
    this.eventType = eventType;
  }

  public String eventType() {
    return eventType;
  }

  public static Optional<InlineHookType> ofEventType(String eventType) {
    for (InlineHookType type : values()) {
      if (type.eventType.equals(eventType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
