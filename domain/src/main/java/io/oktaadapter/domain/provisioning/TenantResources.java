package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.AppTemplate;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

  /** The desired resources of a tenant without applications, in dependency order. */
  public static List<ResourceSpec> desired(Tenant tenant) {
    return desired(tenant, List.of(), kind -> null);
  }

  /**
   * The desired resources of a tenant and its live applications (not DELETING or DELETED), in
   * dependency order: per application an OIDC application {@code <key>-<kind>-<id8>} (URIs from its
   * kind's template) assigned to both tenant groups ({@code <app>-><group>}).
   */
  public static List<ResourceSpec> desired(
      Tenant tenant,
      List<Application> applications,
      Function<ApplicationKind, AppTemplate> templates) {
    List<ResourceSpec> specs = new ArrayList<>(tenantLevel(tenant));
    for (Application app : applications) {
      if (app.status() == LifecycleStatus.DELETING || app.status() == LifecycleStatus.DELETED) {
        continue;
      }
      AppTemplate template = templates.apply(app.kind());
      if (template == null) {
        continue;
      }
      // Only base URLs on the tenant's (verified) aliases reach Okta; claimed ones wait.
      List<BaseUrl> urls =
          app.baseUrls().entrySet().stream()
              .filter(e -> tenant.aliases().contains(e.getKey()))
              .map(java.util.Map.Entry::getValue)
              .toList();
      if (urls.isEmpty()) {
        continue;
      }
      String name = applicationName(app);
      specs.add(
          new ResourceSpec.OidcApp(
              name,
              app.id(),
              template.redirectUris(urls),
              template.postLogoutUris(urls),
              template.initiateLoginUri(urls).orElse(null)));
      for (String group : List.of(usersGroup(tenant.key()), adminsGroup(tenant.key()))) {
        specs.add(new ResourceSpec.AppGroupAssignment(name + "->" + group, app.id(), name, group));
      }
    }
    return List.copyOf(specs);
  }

  /** The Okta label of an application: {@code <key>-<kind>-<first 8 hex digits of its id>}. */
  public static String applicationName(Application app) {
    return app.tenantKey().value()
        + "-"
        + app.kind().name().toLowerCase(java.util.Locale.ROOT)
        + "-"
        + app.id().value().toString().substring(0, 8);
  }

  private static List<ResourceSpec> tenantLevel(Tenant tenant) {
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

  /** The role of a tenant member who is in the tenant's admins group. */
  public static final String ADMIN_ROLE = "admin";

  /** The role of every other member of the tenant. */
  public static final String MEMBER_ROLE = "member";

  /**
   * The role membership in a group of the tenant gives: {@link #ADMIN_ROLE} for its admins group,
   * {@link #MEMBER_ROLE} for any other group.
   */
  public static String roleOfGroup(TenantKey key, String groupName) {
    return adminsGroup(key).equals(groupName) ? ADMIN_ROLE : MEMBER_ROLE;
  }

  /** The higher of two roles: admin outranks member. */
  public static String higherRole(String a, String b) {
    return ADMIN_ROLE.equals(a) || ADMIN_ROLE.equals(b) ? ADMIN_ROLE : a;
  }
}
