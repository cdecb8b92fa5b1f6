package io.oktaadapter.application.port.in.command;

import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.util.Map;
import java.util.Objects;

/**
 * What a command from another service asks for, already validated; one record per command type. The
 * tenant it concerns is in the {@link IncomingCommand} envelope.
 */
public sealed interface Command {

  /** Whether the command queues a provisioning job (answered accepted, then finished/failed). */
  default boolean runsAsJob() {
    return true;
  }

  /** Create a tenant from its spec. */
  record ProvisionTenant(TenantSpec spec) implements Command {
    public ProvisionTenant {
      Objects.requireNonNull(spec, "spec");
    }
  }

  /** Give a tenant a new desired state. */
  record UpdateTenant(TenantSpec spec) implements Command {
    public UpdateTenant {
      Objects.requireNonNull(spec, "spec");
    }
  }

  /** Remove a tenant's Okta resources. */
  record DeleteTenant() implements Command {}

  /** Create an application of the tenant. */
  record ProvisionApplication(ApplicationKind kind, Map<Alias, BaseUrl> baseUrls)
      implements Command {
    public ProvisionApplication {
      Objects.requireNonNull(kind, "kind");
      baseUrls = Map.copyOf(baseUrls);
    }
  }

  /** Give an application new base URLs. */
  record UpdateApplication(ApplicationId id, ApplicationKind kind, Map<Alias, BaseUrl> baseUrls)
      implements Command {
    public UpdateApplication {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      baseUrls = Map.copyOf(baseUrls);
    }
  }

  /** Remove an application's Okta resources and secret. */
  record DeleteApplication(ApplicationId id) implements Command {
    public DeleteApplication {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Add an alias (host name) to the tenant. */
  record AddAlias(Alias alias) implements Command {
    public AddAlias {
      Objects.requireNonNull(alias, "alias");
    }
  }

  /** Remove an alias from the tenant. */
  record RemoveAlias(Alias alias) implements Command {
    public RemoveAlias {
      Objects.requireNonNull(alias, "alias");
    }
  }

  /** Make the Okta user with this login a member (or admin) of the tenant. */
  record AssignUser(String login, TenantRole role) implements Command {
    public AssignUser {
      Objects.requireNonNull(login, "login");
      Objects.requireNonNull(role, "role");
    }

    @Override
    public boolean runsAsJob() {
      return false;
    }
  }

  /** Remove the Okta user with this login from the tenant's groups. */
  record RemoveUser(String login) implements Command {
    public RemoveUser {
      Objects.requireNonNull(login, "login");
    }

    @Override
    public boolean runsAsJob() {
      return false;
    }
  }

  /** End every Okta session of the user and revoke their OAuth tokens. */
  record ClearSessions(String login, boolean forgetDevices) implements Command {
    public ClearSessions {
      Objects.requireNonNull(login, "login");
    }

    @Override
    public boolean runsAsJob() {
      return false;
    }
  }
}
