package io.oktaadapter.adapters.in.rest.events;

import io.oktaadapter.adapters.in.rest.common.StrictInput;
import io.oktaadapter.application.port.in.events.RegisterEventHookUseCase;
import io.oktaadapter.application.port.in.events.RegisterEventHookUseCase.EventHookStatus;
import io.oktaadapter.application.port.in.events.RegisterEventHookUseCase.Registration;
import io.oktaadapter.domain.InvalidFieldException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the adapter's own event hook in the Okta org, {@code /api/v1/event-hook}. PUT
 * registers it (or re-points it) and has Okta verify it; GET reports Okta's view of it.
 */
@Path("/api/v1/event-hook")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity events")
class EventHookRegistrationResource {

  private final RegisterEventHookUseCase registration;

  EventHookRegistrationResource(RegisterEventHookUseCase registration) {
    this.registration = registration;
  }

  @GET
  @RolesAllowed({"viewer", "support", "admin"})
  @Operation(summary = "The adapter's event hook as the Okta org holds it")
  public EventHookStatus status() {
    return registration
        .status()
        .orElseThrow(() -> new NotFoundException("no event hook of the adapter is registered"));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @Operation(
      summary =
          "Register the adapter's event hook with the Okta org (auth header from the secrets"
              + " store) and have Okta verify it")
  public EventHookStatus register(RegistrationDto body) {
    if (body == null || body.uri() == null || body.uri().isBlank()) {
      throw new InvalidFieldException("uri", "is required: the adapter's public event-hook URL");
    }
    return registration.register(new Registration(body.uri().trim(), body.eventTypes()));
  }

  /** Body of the registration: where Okta reaches the adapter, for which event types. */
  @StrictInput
  public record RegistrationDto(String uri, List<String> eventTypes) {}
}
