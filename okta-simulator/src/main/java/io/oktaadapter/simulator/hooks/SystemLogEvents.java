package io.oktaadapter.simulator.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import java.time.Instant;
import java.util.UUID;

/** Simulator System Log events: LogEvent objects for event-hook deliveries. */
public final class SystemLogEvents {
  private SystemLogEvents() {}

  /** A successful event of the given type whose actor and target is the given user. */
  public static ObjectNode userEvent(String eventType, String userId, String login) {
    ObjectNode event = Json.object();
    event.put("uuid", UUID.randomUUID().toString());
    event.put("published", Instant.now().toString());
    event.put("eventType", eventType);
    event.put("version", "0");
    event.put("displayMessage", eventType);
    event.put("severity", "INFO");
    event
        .putObject("client")
        .put("ipAddress", "127.0.0.1")
        .putObject("userAgent")
        .put("rawUserAgent", "okta-simulator");
    person(event.putObject("actor"), userId, login);
    person(event.putArray("target").addObject(), userId, login);
    event.putObject("outcome").put("result", "SUCCESS").putNull("reason");
    event
        .putObject("transaction")
        .put("type", "WEB")
        .put("id", UUID.randomUUID().toString())
        .putObject("detail");
    event.putObject("debugContext").putObject("debugData");
    event.put("legacyEventType", eventType.replace('.', '_'));
    event
        .putObject("authenticationContext")
        .put("externalSessionId", "trs" + UUID.randomUUID().toString().substring(0, 17));
    event.putObject("securityContext");
    event.put("insertionTimestamp", (String) null);
    return event;
  }

  private static void person(ObjectNode node, String userId, String login) {
    node.put("id", userId).put("type", "User").put("alternateId", login).put("displayName", login);
    node.putNull("detailEntry");
  }
}
