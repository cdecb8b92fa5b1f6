package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.SyncTenantMembershipsUseCase;
import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.application.port.out.inline.MembershipStore.TenantGroup;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaUsers.OktaUser;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Use case: reads each recorded group of a tenant from Okta (outside any transaction, through the
 * rate-limit governor) and replaces the group's memberships in one transaction per group, as of the
 * moment the read started, so that an event published during the read is not overwritten.
 */
public final class SyncTenantMembershipsService implements SyncTenantMembershipsUseCase {

  // Okta lists deprovisioned users in groups too; they cannot sign in, so they are no members.
  private static final Set<String> GONE = Set.of("DEPROVISIONED");

  private final TenantRepository tenants;
  private final OktaResourceRepository resources;
  private final OktaGroups groups;
  private final MembershipStore memberships;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Auditor auditor;

  public SyncTenantMembershipsService(
      TenantRepository tenants,
      OktaResourceRepository resources,
      OktaGroups groups,
      MembershipStore memberships,
      UnitOfWork unitOfWork,
      Clock clock,
      Auditor auditor) {
    this.tenants = Objects.requireNonNull(tenants, "tenants");
    this.resources = Objects.requireNonNull(resources, "resources");
    this.groups = Objects.requireNonNull(groups, "groups");
    this.memberships = Objects.requireNonNull(memberships, "memberships");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
  }

  @Override
  public SyncResult sync(TenantKey tenant) {
    auditor.require(Access.MANAGE_ACCESS, tenant);
    List<OktaResource> recorded =
        unitOfWork.inNewTransaction(
            () -> {
              if (tenants.findByKey(tenant).isEmpty()) {
                throw new TenantNotFoundException(tenant);
              }
              return resources.findByTenant(tenant).stream()
                  .filter(r -> r.type() == OktaResourceType.GROUP)
                  .toList();
            });
    List<GroupSync> result = new ArrayList<>();
    for (OktaResource group : recorded) {
      Instant asOf = clock.instant();
      Map<String, String> members = new LinkedHashMap<>();
      for (OktaUser user : groups.members(group.oktaId())) {
        if (!GONE.contains(user.status())) {
          members.put(user.id().value(), user.login());
        }
      }
      TenantGroup tenantGroup = new TenantGroup(tenant, group.oktaId().value(), group.name());
      String role = TenantResources.roleOfGroup(tenant, group.name());
      int ended =
          unitOfWork.inNewTransaction(
              () -> memberships.replaceMembers(tenantGroup, role, members, asOf));
      result.add(new GroupSync(tenantGroup.groupId(), group.name(), role, members.size(), ended));
    }
    Map<String, Object> after = new LinkedHashMap<>();
    for (GroupSync g : result) {
      after.put(g.name(), Map.of("members", g.members(), "ended", g.ended()));
    }
    unitOfWork.runInNewTransaction(
        () ->
            auditor.record(
                "tenant.sync-memberships", "tenant", tenant.value(), tenant, Map.of(), after));
    return new SyncResult(tenant, result);
  }
}
