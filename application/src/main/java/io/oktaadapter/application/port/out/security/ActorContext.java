package io.oktaadapter.application.port.out.security;

import io.oktaadapter.application.security.Actor;
import java.util.Optional;

/**
 * Outbound port for who is acting right now and under which request or command id. Implemented once
 * in bootstrap: a scope opened with {@link io.oktaadapter.application.security.ActingScope} wins
 * (Kafka commands, jobs); else the signed-in identity of the HTTP request (REST, UI); else the
 * adapter itself ({@link Actor#system}).
 */
public interface ActorContext {

  /** The acting principal; never null. */
  Actor actor();

  /** The request id ({@code X-Request-Id}) or command id of the current change, when known. */
  Optional<String> requestId();
}
