package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.ChangeTenantAliasUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Use case: one alias more or less, as a new desired state handed to {@link UpdateTenantUseCase}.
 */
public class ChangeTenantAliasService implements ChangeTenantAliasUseCase {

  private final TenantRepository tenants;
  private final AliasClaims claims;
  private final UpdateTenantUseCase update;

  public ChangeTenantAliasService(
      TenantRepository tenants, AliasClaims claims, UpdateTenantUseCase update) {
    this.tenants = tenants;
    this.claims = claims;
    this.update = update;
  }

  @Override
  public Submission addAlias(TenantKey tenant, Alias alias, IdempotencyKey idempotencyKey) {
    return change(
        tenant,
        aliases -> {
          if (!aliases.contains(alias)) {
            aliases.add(alias);
          }
          if (aliases.size() > Tenant.MAX_ALIASES) {
            throw new InvalidFieldException(
                "alias", "at most " + Tenant.MAX_ALIASES + " aliases are allowed");
          }
          return aliases;
        },
        idempotencyKey);
  }

  @Override
  public Submission removeAlias(TenantKey tenant, Alias alias, IdempotencyKey idempotencyKey) {
    return change(
        tenant,
        aliases -> {
          if (!aliases.remove(alias)) {
            throw new InvalidFieldException("alias", "is not an alias of tenant " + tenant);
          }
          if (aliases.isEmpty()) {
            throw new InvalidFieldException("alias", "is the tenant's last alias");
          }
          return aliases;
        },
        idempotencyKey);
  }

  private Submission change(
      TenantKey key, UnaryOperator<List<Alias>> change, IdempotencyKey idempotencyKey) {
    Tenant tenant = tenants.findByKey(key).orElseThrow(() -> new TenantNotFoundException(key));
    // The aliases the tenant asked for: those it holds and those it claims.
    List<Alias> requested = new ArrayList<>(tenant.aliases());
    claims.ofTenant(key).forEach(c -> requested.add(c.alias()));
    List<Alias> aliases = change.apply(requested);
    TenantSpec spec =
        new TenantSpec(
            key, tenant.displayName(), aliases, tenant.adminContacts(), tenant.features());
    return update.update(new SubmitTenantCommand(spec, idempotencyKey, false));
  }
}
