package io.oktaadapter.adapters.in.webhook;

import static io.oktaadapter.adapters.in.webhook.InlineCommands.cause;
import static io.oktaadapter.adapters.in.webhook.InlineCommands.command;
import static io.oktaadapter.adapters.in.webhook.InlineCommands.commands;
import static io.oktaadapter.adapters.in.webhook.InlineCommands.patch;
import static io.oktaadapter.adapters.in.webhook.InlineCommands.patchCommand;
import static io.oktaadapter.adapters.in.webhook.InlineCommands.pointer;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.application.port.in.inline.DecideRegistrationUseCase;
import io.oktaadapter.application.port.in.inline.DecideRegistrationUseCase.Allow;
import io.oktaadapter.application.port.in.inline.DecideRegistrationUseCase.Deny;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase.Claims;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase.CrossTenant;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase.TenantClaims;
import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase;
import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase.ImportDecision;
import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase.LinkUser;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Webhook adapter: the token, registration, user-import and SAML hooks, which are answered from the
 * in-memory read model: reads Okta's request, asks the use case, writes Okta's commands.
 */
@Singleton
class InlineHookDecisions {

  static final String CROSS_TENANT = "The user is not a member of the tenant of this application.";

  static final String IMPORT_CROSS_TENANT =
      "An Okta user with this login exists outside the tenant of this application; not linked.";

  /** Bound of the held token answers; past it they are dropped and made again as asked. */
  private static final int TOKEN_BODIES_HELD = 10_000;

  private final DecideTenantClaimsUseCase claims;
  private final DecideRegistrationUseCase registration;
  private final DecideUserImportUseCase userImport;
  private final InlineHookConfig.Claims names;
  private final Map<TokenPatch, String> tokenBodies = new ConcurrentHashMap<>();

  InlineHookDecisions(
      DecideTenantClaimsUseCase claims,
      DecideRegistrationUseCase registration,
      DecideUserImportUseCase userImport,
      InlineHookConfig config) {
    this.claims = claims;
    this.registration = registration;
    this.userImport = userImport;
    this.names = config.claims();
  }

  /**
   * What {@link #token} (and the resource: event type and id) reads of a token-hook request; the
   * tokens' claims are only looked at for presence, so they are not read into memory.
   */
  static final JsonSelection TOKEN_READS =
      JsonSelection.keeping(
              "/eventType",
              "/eventId",
              "/data/context/protocol/client/id",
              "/data/context/user/id",
              "/data/access/claims/uid")
          .presence("/data/identity", "/data/access");

  InlineReply token(JsonNode request) {
    JsonNode data = request.path("data");
    String clientId = text(data.at("/context/protocol/client/id"));
    String userId = text(data.at("/context/user/id"));
    if (userId == null) {
      userId = text(data.at("/access/claims/uid"));
    }
    Map<String, String> facts = facts("app", clientId, "user", userId);
    TenantClaims decision = claims.decide(clientId, userId);
    if (decision instanceof Claims c) {
      facts.put("tenant", c.tenant().value());
      // Only tokens that were requested may be patched.
      TokenPatch patch = new TokenPatch(c.claims(), data.has("identity"), data.has("access"));
      String body = tokenBodies.get(patch);
      if (body == null) {
        body = patch.body();
        if (tokenBodies.size() >= TOKEN_BODIES_HELD) {
          tokenBodies.clear();
        }
        tokenBodies.put(patch, body);
      }
      return new InlineReply(body, "claims-added", facts);
    }
    if (decision instanceof CrossTenant x) {
      facts.put("tenant", x.applicationTenant().value());
      return new InlineReply(InlineCommands.error(CROSS_TENANT, null), "cross-tenant", facts);
    }
    return new InlineReply(commands(), "not-managed", facts);
  }

  /**
   * The token patches of one set of claims, and which tokens Okta asked about: the answer's body
   * depends on nothing else, so it is made once and held (a few per tenant: one per role).
   */
  private record TokenPatch(Map<String, String> claims, boolean identity, boolean access) {

    String body() {
      List<JsonObject> patches = new ArrayList<>(2);
      if (identity) {
        patches.add(patchCommand("com.okta.identity.patch", tenantClaims()));
      }
      if (access) {
        patches.add(patchCommand("com.okta.access.patch", tenantClaims()));
      }
      return commands(patches.toArray(JsonObject[]::new));
    }

    // Claims in the order of the kind's template: tenant, role, then the extra claims.
    private JsonPatchBuilder tenantClaims() {
      JsonPatchBuilder ops = patch();
      claims.forEach((name, value) -> ops.add("/claims/" + pointer(name), value));
      return ops;
    }
  }

  InlineReply registration(JsonNode request) {
    JsonNode data = request.path("data");
    if ("progressive.profile".equals(text(request.path("requestType")))) {
      // The user exists already and was placed in a tenant at sign-up.
      return new InlineReply(
          commands(command("com.okta.action.update", Map.of("registration", "ALLOW"))),
          "allowed-progressive",
          facts());
    }
    String email = text(data.at("/userProfile/email"));
    if (email == null) {
      email = text(data.at("/userProfile/login"));
    }
    var decision = registration.decide(email);
    if (decision instanceof Allow allow) {
      return new InlineReply(
          commands(
              command(
                  "com.okta.user.profile.update",
                  Map.of(names.profileAttribute(), allow.tenant().value())),
              command("com.okta.action.update", Map.of("registration", "ALLOW"))),
          "allowed",
          facts("tenant", allow.tenant().value(), "domain", domainOf(email)));
    }
    return denyRegistration(((Deny) decision).reason(), "denied", domainOf(email));
  }

  static InlineReply denyRegistration(String message, String outcome, String domain) {
    return new InlineReply(
        InlineCommands.error(
            message,
            cause(message, "INVALID_EMAIL_DOMAIN", "data.userProfile.email", "end-user"),
            command("com.okta.action.update", Map.of("registration", "DENY"))),
        outcome,
        facts("domain", domain));
  }

  InlineReply userImport(JsonNode request) {
    JsonNode data = request.path("data");
    String appId = text(data.at("/context/application/id"));
    String login = text(data.at("/user/profile/login"));
    if (login == null) {
      login = text(data.at("/appUser/profile/email"));
    }
    ImportDecision decision = userImport.decide(appId, login);
    Map<String, String> facts = facts("app", appId);
    decision.tenant().ifPresent(t -> facts.put("tenant", t.value()));
    if (decision instanceof LinkUser link) {
      facts.put("user", link.userId());
      return new InlineReply(
          commands(
              command("com.okta.action.update", Map.of("result", "LINK_USER")),
              command("com.okta.user.update", Map.of("id", link.userId()))),
          "linked",
          facts);
    }
    if (decision instanceof DecideUserImportUseCase.CrossTenant) {
      // Never matched nor linked to a user of another tenant; nor created under a taken login.
      return new InlineReply(
          InlineCommands.error(IMPORT_CROSS_TENANT, null), "cross-tenant", facts);
    }
    Map<String, String> profile = normalisedProfile(data.at("/user/profile"));
    decision
        .tenant()
        .map(TenantKey::value)
        .ifPresent(t -> profile.put(names.profileAttribute(), t));
    List<JsonObject> out = new ArrayList<>();
    out.add(command("com.okta.action.update", Map.of("result", "CREATE_USER")));
    if (!profile.isEmpty()) {
      out.add(command("com.okta.user.profile.update", profile));
    }
    return new InlineReply(commands(out.toArray(JsonObject[]::new)), "created", facts);
  }

  private static Map<String, String> normalisedProfile(JsonNode profile) {
    Map<String, String> out = new HashMap<>();
    for (String field : List.of("login", "email")) {
      String value = text(profile.path(field));
      if (value != null && !value.isBlank()) {
        out.put(field, value.strip().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  InlineReply saml(JsonNode request) {
    JsonNode data = request.path("data");
    String appId = text(data.at("/context/protocol/issuer/id"));
    String userId = text(data.at("/context/user/id"));
    Map<String, String> facts = facts("app", appId, "user", userId);
    TenantClaims decision = claims.decide(appId, userId);
    if (decision instanceof Claims c) {
      facts.put("tenant", c.tenant().value());
      JsonPatchBuilder ops = patch();
      c.claims()
          .forEach(
              (name, value) ->
                  ops.add("/claims/" + pointer(name), InlineCommands.samlAttribute(value)));
      return new InlineReply(
          commands(patchCommand("com.okta.assertion.patch", ops)), "claims-added", facts);
    }
    if (decision instanceof CrossTenant x) {
      facts.put("tenant", x.applicationTenant().value());
      return new InlineReply(InlineCommands.error(CROSS_TENANT, null), "cross-tenant", facts);
    }
    return new InlineReply(commands(), "not-managed", facts);
  }

  static String domainOf(String email) {
    if (email == null || email.lastIndexOf('@') < 0) {
      return null;
    }
    return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
  }

  static Map<String, String> facts(String... pairs) {
    Map<String, String> facts = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        facts.put(pairs[i], pairs[i + 1]);
      }
    }
    return facts;
  }

  // Okta's examples send some values as numbers and others as strings: any scalar is text.
  static String text(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() || !node.isValueNode()
        ? null
        : node.asText();
  }
}
