package io.oktaadapter.application.port.in.command;

import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Objects;

/**
 * A command received from another service: its CloudEvents {@code id} (the idempotency and
 * correlation key), {@code type}, {@code source}, the tenant it concerns and the validated request.
 */
public record IncomingCommand(CommandReference reference, Command body) {

  public IncomingCommand {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(body, "body");
  }

  public String id() {
    return reference.id();
  }

  public TenantKey tenant() {
    return reference.tenant();
  }
}
