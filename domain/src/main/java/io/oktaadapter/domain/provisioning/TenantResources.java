package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Domain service: the Okta resources a tenant's desired state asks for, and the naming convention
 * that names them (so that they can be found and adopted again):
 *
 * <ul>
 *   <li>groups {@code <key>-users} and {@code <key>-admins};
 *   <li>group rule {@code <key>-users-rule}: users whose {@code tenant} profile attribute is the
 *       key go to {@code <key>-users};
 *   <li>trusted origin {@code <key>-origin-<alias>} for {@code https://<alias>}, per alias;
 *   <li>sign-on policy {@code <key>-mfa} on {@code <key>-users}, when MFA is not OFF.
 * </ul>
 */
public final class TenantResources {

  private TenantResources() {}

  /** The desired resources in dependency order. */
  public static List<ResourceSpec> desired(Tenant tenant) {
    TenantKey key = tenant.key();
    List<ResourceSpec> specs = new ArrayList<>();
    specs.add(new ResourceSpec.Group(usersGroup(key), "Users of " + tenant.displayName()));
    specs.add(new ResourceSpec.Group(adminsGroup(key), "Admins of " + tenant.displayName()));
    specs.add(
        new ResourceSpec.GroupRule(
            key.value() + "-users-rule", "user.tenant==\"" + key.value() + "\"", usersGroup(key)));
    for (Alias alias : tenant.aliases()) {
      specs.add(
          new ResourceSpec.TrustedOrigin(
              key.value() + "-origin-" + alias.host(), "https://" + alias.host()));
    }
    if (tenant.features().mfa().needsPolicy()) {
      specs.add(
          new ResourceSpec.MfaPolicy(
              key.value() + "-mfa",
              usersGroup(key),
              tenant.features().mfa() == io.oktaadapter.domain.tenant.MfaMode.REQUIRED));
    }
    return List.copyOf(specs);
  }

  public static String usersGroup(TenantKey key) {
    return key.value() + "-users";
  }

  public static String adminsGroup(TenantKey key) {
    return key.value() + "-admins";
  }
}
