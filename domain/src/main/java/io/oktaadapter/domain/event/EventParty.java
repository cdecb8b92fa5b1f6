package io.oktaadapter.domain.event;

/**
 * Value object: an actor or target of an Okta System Log event. Okta leaves any field null at
 * times, so all of them are optional.
 */
public record EventParty(String id, String type, String alternateId, String displayName) {

  public boolean isOfType(String wanted) {
    return type != null && type.equalsIgnoreCase(wanted);
  }
}
