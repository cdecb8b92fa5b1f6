package io.oktaadapter.adapters.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.application.port.in.command.Command;
import io.oktaadapter.application.port.in.command.TenantRole;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kafka command adapter: turns schema-valid command data into the application's command records;
 * the domain's own checks (alias and URL shapes, ...) answer with {@link InvalidFieldException}.
 */
final class CommandMapper {

  private CommandMapper() {}

  static Command toCommand(String shortType, JsonNode data, TenantKey tenant) {
    return switch (shortType) {
      case "tenant.provision" -> new Command.ProvisionTenant(spec(data, tenant));
      case "tenant.update" -> new Command.UpdateTenant(spec(data, tenant));
      case "tenant.delete" -> new Command.DeleteTenant();
      case "application.provision" -> new Command.ProvisionApplication(kind(data), baseUrls(data));
      case "application.update" ->
          new Command.UpdateApplication(applicationId(data), kind(data), baseUrls(data));
      case "application.delete" -> new Command.DeleteApplication(applicationId(data));
      case "tenant.alias.add" -> new Command.AddAlias(alias(data));
      case "tenant.alias.remove" -> new Command.RemoveAlias(alias(data));
      case "tenant.user.assign" ->
          new Command.AssignUser(
              data.path("login").asText(),
              TenantRole.valueOf(data.path("role").asText(TenantRole.USER.name())));
      case "tenant.user.remove" -> new Command.RemoveUser(data.path("login").asText());
      case "user.sessions.clear" ->
          new Command.ClearSessions(
              data.path("login").asText(), data.path("forgetDevices").asBoolean(false));
      default -> throw new InvalidFieldException("type", "is not a known command type");
    };
  }

  private static TenantSpec spec(JsonNode data, TenantKey tenant) {
    if (data.hasNonNull("key") && !data.get("key").asText().equals(tenant.value())) {
      throw new InvalidFieldException("data.key", "must equal the record key " + tenant);
    }
    JsonNode features = data.path("features");
    return TenantSpec.parse(
        tenant.value(),
        data.path("displayName").asText(null),
        strings(data.path("aliases")),
        strings(data.path("adminContacts")),
        features.hasNonNull("mfa") ? features.get("mfa").asText() : null,
        data.path("driftPolicy").asText(null));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static ApplicationKind kind(JsonNode data) {
    try {
      return ApplicationKind.of(data.path("kind").asText());
    } catch (InvalidFieldException e) {
      throw e.under("kind");
    }
  }

  private static ApplicationId applicationId(JsonNode data) {
    try {
      return ApplicationId.parse(data.path("applicationId").asText());
    } catch (InvalidFieldException e) {
      throw e.under("applicationId");
    }
  }

  private static Alias alias(JsonNode data) {
    try {
      return Alias.of(data.path("alias").asText());
    } catch (InvalidFieldException e) {
      throw e.under("alias");
    }
  }

  private static Map<Alias, BaseUrl> baseUrls(JsonNode data) {
    Validation v = new Validation();
    Map<Alias, BaseUrl> urls = new HashMap<>();
    data.path("baseUrls")
        .fields()
        .forEachRemaining(
            e -> {
              Alias a = v.field("baseUrls", e.getKey(), Alias::of);
              BaseUrl b = v.field("baseUrls." + e.getKey(), e.getValue().asText(), BaseUrl::of);
              if (a != null && b != null) {
                urls.put(a, b);
              }
            });
    v.throwIfInvalid();
    return urls;
  }
}
