package io.oktaadapter.application.service.users;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.command.TenantRole;
import io.oktaadapter.application.port.in.users.TenantMembershipUseCase;
import io.oktaadapter.application.port.out.okta.OktaGroupMembers;
import io.oktaadapter.application.port.out.okta.OktaUsers;
import io.oktaadapter.application.port.out.okta.OktaUsers.OktaUser;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: a user's membership of a tenant, kept in the tenant's Okta groups ({@code <key>-users}
 * for everyone, {@code <key>-admins} too for admins). Local state is only read (in a short
 * transaction of its own), never held open across the Okta calls.
 */
public class TenantMembershipService implements TenantMembershipUseCase {

  private final TenantRepository tenants;
  private final OktaResourceRepository resources;
  private final OktaUsers users;
  private final OktaGroupMembers members;
  private final UnitOfWork unitOfWork;

  public TenantMembershipService(
      TenantRepository tenants,
      OktaResourceRepository resources,
      OktaUsers users,
      OktaGroupMembers members,
      UnitOfWork unitOfWork) {
    this.tenants = tenants;
    this.resources = resources;
    this.users = users;
    this.members = members;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Membership assign(TenantKey tenant, String login, TenantRole role) {
    OktaId users = group(tenant, TenantRole.USER);
    OktaId admins = group(tenant, TenantRole.ADMIN);
    OktaUser user = user(login);
    members.add(users, user.id());
    List<String> groups = new ArrayList<>(List.of(name(tenant, TenantRole.USER)));
    if (role == TenantRole.ADMIN) {
      members.add(admins, user.id());
      groups.add(name(tenant, TenantRole.ADMIN));
    } else {
      members.remove(admins, user.id());
    }
    return new Membership(tenant.value(), user.id().value(), user.login(), groups);
  }

  @Override
  public Membership remove(TenantKey tenant, String login) {
    OktaId users = group(tenant, TenantRole.USER);
    OktaId admins = group(tenant, TenantRole.ADMIN);
    OktaUser user = user(login);
    members.remove(admins, user.id());
    members.remove(users, user.id());
    return new Membership(tenant.value(), user.id().value(), user.login(), List.of());
  }

  private OktaUser user(String login) {
    return users
        .findByLogin(login)
        .orElseThrow(() -> new NotFoundException("Okta has no user with login " + login));
  }

  private OktaId group(TenantKey tenant, TenantRole role) {
    String name = name(tenant, role);
    return unitOfWork.inNewTransaction(
        () -> {
          tenants.findByKey(tenant).orElseThrow(() -> new TenantNotFoundException(tenant));
          return resources.findByTenant(tenant).stream()
              .filter(r -> r.type() == OktaResourceType.GROUP && r.name().equals(name))
              .map(OktaResource::oktaId)
              .findFirst()
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "tenant " + tenant + " has no group " + name + " in Okta (yet)"));
        });
  }

  private static String name(TenantKey tenant, TenantRole role) {
    return tenant.value() + "-" + role.groupSuffix();
  }
}
