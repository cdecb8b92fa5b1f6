package io.oktaadapter.adapters.in.rest.secrets;

import io.oktaadapter.adapters.in.rest.common.Problem;
import io.oktaadapter.adapters.in.rest.common.ProblemTypes;
import io.oktaadapter.application.port.in.secrets.HookSecretRotation;
import io.oktaadapter.application.port.in.secrets.RotateHookSecretUseCase;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.hook.HookKind;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: two-step rotation of a hook secret, {@code /api/v1/hook-secrets/{kind}/rotation}
 * ({@code kind} = {@code event} or {@code inline}). Answers carry version numbers, never secrets.
 */
@Path("/api/v1/hook-secrets/{kind}/rotation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hook secrets")
class HookSecretRotationResource {

  private final RotateHookSecretUseCase rotation;

  HookSecretRotationResource(RotateHookSecretUseCase rotation) {
    this.rotation = rotation;
  }

  @POST
  @RolesAllowed("admin")
  @Operation(
      summary = "Start a rotation: a next secret is generated; both are accepted from now on")
  public Response start(@PathParam("kind") String kind) {
    return respond(rotation.start(kind(kind)));
  }

  @POST
  @Path("completion")
  @RolesAllowed("admin")
  @Operation(
      summary = "Complete a rotation: Okta is switched to the next secret, the old one is refused")
  public Response complete(@PathParam("kind") String kind) {
    return respond(rotation.complete(kind(kind)));
  }

  private static Response respond(HookSecretRotation outcome) {
    if (outcome instanceof HookSecretRotation.Started s) {
      return Response.ok(
              Map.of(
                  "kind", s.kind().name(),
                  "state", "STARTED",
                  "nextVersion", s.nextVersion(),
                  "completableFrom", s.completableFrom().toString()))
          .build();
    }
    if (outcome instanceof HookSecretRotation.Completed c) {
      return Response.ok(
              Map.of(
                  "kind",
                  c.kind().name(),
                  "state",
                  "COMPLETED",
                  "currentVersion",
                  c.currentVersion()))
          .build();
    }
    HookSecretRotation.Refused r = (HookSecretRotation.Refused) outcome;
    return Response.status(409)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                ProblemTypes.CONFLICT,
                "Rotation step refused: " + r.reason().name(),
                409,
                r.detail(),
                URI.create(
                    "/api/v1/hook-secrets/"
                        + r.kind().name().toLowerCase(Locale.ROOT)
                        + "/rotation"),
                null))
        .build();
  }

  private static HookKind kind(String raw) {
    try {
      return HookKind.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidFieldException("kind", "must be event or inline");
    }
  }
}
