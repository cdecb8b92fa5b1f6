package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.out.okta.OktaApplicationGroups;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.provisioning.ResourceSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out one plan step through the Okta ports. A create first looks for a resource of the same
 * name (one a crashed run may have created before recording it) and adopts it; a delete of a
 * resource that is already gone succeeds.
 */
final class OktaSteps {

  private final OktaGroups groups;
  private final OktaGroupRules rules;
  private final OktaTrustedOrigins origins;
  private final OktaPolicies policies;
  private final OktaApplications apps;
  private final OktaApplicationGroups appGroups;

  OktaSteps(OktaPorts okta) {
    this.groups = okta.groups();
    this.rules = okta.rules();
    this.origins = okta.origins();
    this.policies = okta.policies();
    this.apps = okta.apps();
    this.appGroups = okta.appGroups();
  }

  /** Finds the Okta id of a resource the job recorded earlier, by type and name. */
  @FunctionalInterface
  interface Resolver {
    OktaId id(OktaResourceType type, String name);
  }

  /** Creates (or adopts) the resource; a group rule is still INACTIVE afterwards. */
  OktaId create(ResourceSpec spec, Resolver ids) {
    if (spec instanceof ResourceSpec.Group g) {
      var details = new OktaGroups.GroupDetails(g.name(), g.description());
      var existing = groups.findByName(g.name());
      // Adopted (found by the naming convention): brought to the desired state.
      return existing.isPresent()
          ? groups.update(existing.get().id(), details).id()
          : groups.create(details).id();
    }
    if (spec instanceof ResourceSpec.GroupRule r) {
      // One whose create Okta applied without the answer reaching us (timeout, crash) is taken.
      var existing = rules.findByName(r.name());
      if (existing.isPresent()) {
        return existing.get().id();
      }
      return rules.create(ruleDetails(r, ids)).id();
    }
    if (spec instanceof ResourceSpec.TrustedOrigin o) {
      return origins
          .findByName(o.name())
          .map(OktaTrustedOrigins.TrustedOrigin::id)
          .orElseGet(() -> origins.create(originDetails(o)).id());
    }
    if (spec instanceof ResourceSpec.OidcApp a) {
      var existing = apps.findByLabel(a.name());
      if (existing.isPresent()) {
        apps.update(existing.get().id(), appDetails(a));
        return existing.get().id();
      }
      return apps.create(appDetails(a)).id();
    }
    if (spec instanceof ResourceSpec.AppGroupAssignment g) {
      OktaId app = ids.id(OktaResourceType.OIDC_APPLICATION, g.appName());
      OktaId group = ids.id(OktaResourceType.GROUP, g.groupName());
      appGroups.assign(app, group);
      // An assignment has no id of its own in Okta: it is recorded as <app id>:<group id>.
      return OktaId.of(app.value() + ":" + group.value());
    }
    ResourceSpec.MfaPolicy p = (ResourceSpec.MfaPolicy) spec;
    var existing = policies.findMfaPolicyByName(p.name());
    if (existing.isPresent()) {
      // An earlier attempt may have created the policy but not its rule: bring it to spec.
      return policies.updateMfaPolicy(existing.get().id(), details(p, ids)).id();
    }
    return policies.createMfaPolicy(details(p, ids)).id();
  }

  /**
   * What a failed create may have left in Okta without the adapter learning its id (a policy
   * without its rule, a create that timed out): found by name, so that it can be removed.
   */
  Optional<OktaId> leftover(ResourceSpec spec, Resolver ids) {
    if (spec instanceof ResourceSpec.Group g) {
      return groups.findByName(g.name()).map(OktaGroups.OktaGroup::id);
    }
    if (spec instanceof ResourceSpec.TrustedOrigin o) {
      return origins.findByName(o.name()).map(OktaTrustedOrigins.TrustedOrigin::id);
    }
    if (spec instanceof ResourceSpec.MfaPolicy p) {
      return policies.findMfaPolicyByName(p.name()).map(OktaPolicies.MfaPolicy::id);
    }
    if (spec instanceof ResourceSpec.OidcApp a) {
      return apps.findByLabel(a.name()).map(OktaApplications.OidcApplication::id);
    }
    if (spec instanceof ResourceSpec.AppGroupAssignment g) {
      OktaId app = ids.id(OktaResourceType.OIDC_APPLICATION, g.appName());
      OktaId group = ids.id(OktaResourceType.GROUP, g.groupName());
      return Optional.of(OktaId.of(app.value() + ":" + group.value()));
    }
    ResourceSpec.GroupRule r = (ResourceSpec.GroupRule) spec;
    return rules.findByName(r.name()).map(OktaGroupRules.OktaGroupRule::id);
  }

  /**
   * Whether a created resource needs {@link #update} (and its caller's follow-up, such as storing a
   * client secret) before it matches its spec.
   */
  static boolean needsFinishing(ResourceSpec spec) {
    return spec instanceof ResourceSpec.GroupRule || spec instanceof ResourceSpec.OidcApp;
  }

  /** Brings an existing resource to its spec (a group rule: activates it). */
  void update(ResourceSpec spec, OktaId id, Resolver ids) {
    if (spec instanceof ResourceSpec.Group g) {
      groups.update(id, new OktaGroups.GroupDetails(g.name(), g.description()));
    } else if (spec instanceof ResourceSpec.GroupRule r) {
      var current = rules.find(id);
      boolean active = current.map(OktaGroupRules.OktaGroupRule::active).orElse(false);
      var details = ruleDetails(r, ids);
      if (current.isPresent() && !ruleMatches(current.get(), details)) {
        // Okta changes only inactive rules: deactivate, replace, activate again.
        if (active) {
          rules.deactivate(id);
        }
        rules.update(id, details);
        active = false;
      }
      if (!active) {
        rules.activate(id);
      }
    } else if (spec instanceof ResourceSpec.MfaPolicy p) {
      policies.updateMfaPolicy(id, details(p, ids));
    } else if (spec instanceof ResourceSpec.OidcApp a) {
      apps.update(id, appDetails(a));
      confirm(a, id);
    } else if (spec instanceof ResourceSpec.AppGroupAssignment g) {
      String[] appAndGroup = id.value().split(":", 2);
      appGroups.assign(OktaId.of(appAndGroup[0]), OktaId.of(appAndGroup[1]));
    } else if (spec instanceof ResourceSpec.TrustedOrigin o) {
      origins.update(id, originDetails(o));
    }
  }

  /**
   * How a recorded resource differs in Okta from its desired state: empty when it matches; "gone"
   * when Okta no longer has it; otherwise what changed. {@code desired} is {@code null} for a
   * resource that is no longer desired (only its existence is checked).
   */
  Optional<String> drift(OktaResource r, ResourceSpec desired, Resolver ids) {
    if (!exists(r)) {
      return Optional.of(GONE);
    }
    if (desired == null) {
      return Optional.empty();
    }
    List<String> changes = new java.util.ArrayList<>();
    OktaId id = r.oktaId();
    if (desired instanceof ResourceSpec.Group g) {
      groups
          .find(id)
          .ifPresent(
              actual -> {
                differs(changes, "name", g.name(), actual.name());
                differs(changes, "description", g.description(), actual.description());
              });
    } else if (desired instanceof ResourceSpec.GroupRule rule) {
      rules
          .find(id)
          .ifPresent(
              actual -> {
                if (!actual.active()) {
                  changes.add("deactivated");
                }
                differs(changes, "expression", rule.expression(), actual.expression());
                differs(
                    changes,
                    "target groups",
                    List.of(ids.id(OktaResourceType.GROUP, rule.groupName())),
                    actual.assignToGroups());
              });
    } else if (desired instanceof ResourceSpec.TrustedOrigin o) {
      origins
          .findByName(o.name())
          .ifPresent(
              actual -> {
                differs(changes, "origin", o.origin(), actual.origin());
                differs(
                    changes,
                    "scopes",
                    EnumSet.allOf(OktaTrustedOrigins.Scope.class),
                    Set.copyOf(actual.scopes()));
              });
    } else if (desired instanceof ResourceSpec.MfaPolicy p) {
      policies
          .findMfaPolicyByName(p.name())
          .ifPresent(
              actual ->
                  differs(changes, "factor required", p.factorRequired(), actual.factorRequired()));
    } else if (desired instanceof ResourceSpec.OidcApp a) {
      apps.find(id)
          .ifPresent(
              actual -> {
                differs(changes, "label", a.name(), actual.label());
                differs(changes, "redirect URIs", a.redirectUris(), actual.redirectUris());
                differs(
                    changes,
                    "post-logout redirect URIs",
                    a.postLogoutUris(),
                    actual.postLogoutRedirectUris());
                differs(
                    changes, "initiate login URI", a.initiateLoginUri(), actual.initiateLoginUri());
              });
    }
    return changes.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(", ", changes) + " changed");
  }

  /** What {@link #drift} reports for a resource Okta no longer has. */
  static final String GONE = "gone";

  private static void differs(List<String> changes, String what, Object desired, Object actual) {
    if (!java.util.Objects.equals(desired, actual)) {
      changes.add(what);
    }
  }

  private static boolean ruleMatches(
      OktaGroupRules.OktaGroupRule actual, OktaGroupRules.GroupRuleDetails desired) {
    return desired.expression().equals(actual.expression())
        && desired.assignToGroups().equals(actual.assignToGroups());
  }

  private static OktaGroupRules.GroupRuleDetails ruleDetails(
      ResourceSpec.GroupRule r, Resolver ids) {
    return new OktaGroupRules.GroupRuleDetails(
        r.name(), r.expression(), List.of(ids.id(OktaResourceType.GROUP, r.groupName())));
  }

  /** Whether a recorded resource still exists in Okta (drift: someone removed it by hand). */
  boolean exists(OktaResource r) {
    OktaId id = r.oktaId();
    switch (r.type()) {
      case GROUP:
        return groups.find(id).isPresent();
      case GROUP_RULE:
        return rules.find(id).isPresent();
      case TRUSTED_ORIGIN:
        return origins.findByName(r.name()).filter(o -> o.id().equals(id)).isPresent();
      case SIGN_ON_POLICY:
        return policies.findMfaPolicyByName(r.name()).filter(p -> p.id().equals(id)).isPresent();
      case OIDC_APPLICATION:
        return apps.find(id).isPresent();
      case APPLICATION_GROUP_ASSIGNMENT:
        String[] appAndGroup = id.value().split(":", 2);
        return appGroups
            .assignedGroups(OktaId.of(appAndGroup[0]))
            .contains(OktaId.of(appAndGroup[1]));
      default:
        return true;
    }
  }

  /** Removes the resource; one that is already gone counts as removed. */
  void delete(OktaResourceType type, OktaId id) {
    try {
      switch (type) {
        case GROUP -> groups.delete(id);
        case GROUP_RULE -> {
          rules.deactivate(id);
          rules.delete(id);
        }
        case TRUSTED_ORIGIN -> origins.delete(id);
        case SIGN_ON_POLICY -> policies.deleteMfaPolicy(id);
        case OIDC_APPLICATION -> {
          apps.deactivate(id);
          apps.delete(id);
        }
        case APPLICATION_GROUP_ASSIGNMENT -> {
          String[] appAndGroup = id.value().split(":", 2);
          appGroups.unassign(OktaId.of(appAndGroup[0]), OktaId.of(appAndGroup[1]));
        }
        default -> throw new IllegalArgumentException("tenant plans do not hold " + type);
      }
    } catch (OktaFailure.NotFound gone) {
      // Already removed (by an earlier attempt or by hand): the desired end state holds.
    }
  }

  /** The client secret Okta generated for an application, if it is a confidential client. */
  Optional<String> clientSecret(OktaId app) {
    return apps.credentials(app).secret();
  }

  // Okta can answer 200 to an update it applied only in part: read it back before going on.
  private void confirm(ResourceSpec.OidcApp a, OktaId id) {
    var stored = apps.find(id);
    if (stored.isEmpty() || !stored.get().label().equals(a.name()) || !stored.get().active()) {
      throw new OktaFailure.Transient(
          "Okta did not apply the update of application " + a.name(), null, null);
    }
  }

  private static OktaApplications.OidcApplicationDetails appDetails(ResourceSpec.OidcApp a) {
    return new OktaApplications.OidcApplicationDetails(
        a.name(),
        OktaApplications.ClientType.WEB,
        a.redirectUris(),
        a.postLogoutUris(),
        a.initiateLoginUri(),
        Set.of("authorization_code", "refresh_token"),
        Set.of("code"));
  }

  private static OktaTrustedOrigins.TrustedOriginDetails originDetails(
      ResourceSpec.TrustedOrigin o) {
    return new OktaTrustedOrigins.TrustedOriginDetails(
        o.name(), o.origin(), EnumSet.allOf(OktaTrustedOrigins.Scope.class));
  }

  private static OktaPolicies.MfaPolicyDetails details(ResourceSpec.MfaPolicy p, Resolver ids) {
    return new OktaPolicies.MfaPolicyDetails(
        p.name(), ids.id(OktaResourceType.GROUP, p.groupName()), p.factorRequired());
  }
}
