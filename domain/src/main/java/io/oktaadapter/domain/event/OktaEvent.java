package io.oktaadapter.domain.event;

import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Value object: one Okta System Log event (a LogEvent) received through an event hook. Its {@code
 * uuid} is the stable id Okta keeps across deliveries and retries, so it is the de-duplication key.
 *
 * @param actor who acted; Okta sends null at times
 * @param targets what was acted on; possibly empty
 * @param outcomeResult {@code outcome.result} as sent (its case varies), or null
 * @param json the event exactly as received, published as the CloudEvent's data
 */
public record OktaEvent(
    String uuid,
    String eventType,
    Instant published,
    EventParty actor,
    List<EventParty> targets,
    String outcomeResult,
    String json) {

  private static final Pattern UUID_SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
  private static final Pattern TYPE_SHAPE = Pattern.compile("[A-Za-z0-9_.]{1,200}");

  public OktaEvent {
    Validation v = new Validation();
    if (uuid == null || !UUID_SHAPE.matcher(uuid).matches()) {
      v.reject("uuid", "must be 1 to 100 letters, digits or . _ : -");
    }
    if (eventType == null || !TYPE_SHAPE.matcher(eventType).matches()) {
      v.reject("eventType", "must be a dotted event type such as user.lifecycle.create");
    }
    if (published == null) {
      v.reject("published", "must be an ISO-8601 timestamp");
    }
    if (json == null || json.isBlank()) {
      v.reject("json", "must hold the event");
    }
    v.throwIfInvalid();
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /** The user the event is about: the first target of type User, else none. */
  public Optional<EventParty> affectedUser() {
    return targets.stream().filter(t -> t.isOfType("User") && t.id() != null).findFirst();
  }

  /**
   * What the event is about, for the CloudEvents {@code subject}: the affected user, else the first
   * group, application or other target with an id, else the actor.
   */
  public Optional<String> subjectId() {
    return affectedUser()
        .or(() -> firstTarget("UserGroup"))
        .or(() -> firstTarget("AppInstance"))
        .or(() -> targets.stream().filter(t -> t.id() != null).findFirst())
        .or(() -> Optional.ofNullable(actor).filter(a -> a.id() != null))
        .map(EventParty::id);
  }

  /** Kafka key: the affected user so that one user's events stay in order, else the actor. */
  public String partitionKey() {
    return affectedUser()
        .map(EventParty::id)
        .or(() -> Optional.ofNullable(actor).map(EventParty::id))
        .orElse(uuid);
  }

  /** Ids of every target, to find the tenant an event belongs to. */
  public List<String> targetIds() {
    return targets.stream().map(EventParty::id).filter(Objects::nonNull).toList();
  }

  /** Builds an event, naming the index of the offending event when it is invalid. */
  public static OktaEvent atIndex(int index, java.util.function.Supplier<OktaEvent> factory) {
    try {
      return factory.get();
    } catch (InvalidFieldException e) {
      throw e.under("data.events[" + index + "]");
    }
  }

  private Optional<EventParty> firstTarget(String type) {
    return targets.stream().filter(t -> t.isOfType(type) && t.id() != null).findFirst();
  }
}
