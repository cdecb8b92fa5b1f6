package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value object: what must happen in Okta to bring the recorded resources to the desired state.
 * Creates and updates come first, in dependency order ({@link OktaResourceType} order), then
 * deletes in reverse dependency order, so nothing is deleted while something still refers to it.
 */
public record ProvisioningPlan(List<PlanStep> steps) {

  public ProvisioningPlan {
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
  }

  /** The plan from {@code recorded} to {@code desired}; resources match by type and name. */
  public static ProvisioningPlan between(List<ResourceSpec> desired, List<OktaResource> recorded) {
    Map<String, OktaResource> byName = new HashMap<>();
    recorded.forEach(r -> byName.put(keyOf(r.type(), r.name()), r));
    List<PlanStep> upserts = new ArrayList<>();
    for (ResourceSpec spec : desired) {
      OktaResource known = byName.remove(keyOf(spec.type(), spec.name()));
      if (known == null) {
        upserts.add(PlanStep.create(spec));
      } else if (!known.fingerprint().equals(spec.fingerprint())) {
        upserts.add(PlanStep.update(spec, known.oktaId()));
      }
    }
    upserts.sort(Comparator.comparing(PlanStep::type));
    List<PlanStep> deletes =
        byName.values().stream()
            .sorted(
                Comparator.comparing(OktaResource::type)
                    .reversed()
                    .thenComparing(OktaResource::name))
            .map(r -> PlanStep.delete(r.type(), r.name(), r.oktaId()))
            .toList();
    List<PlanStep> all = new ArrayList<>(upserts);
    all.addAll(deletes);
    return new ProvisioningPlan(all);
  }

  /** The plan that removes every recorded resource, in reverse dependency order. */
  public static ProvisioningPlan removal(List<OktaResource> recorded) {
    return between(List.of(), recorded);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * For each step (by position), the positions of the earlier steps it must wait for; the others
   * may run at the same time. A create or update waits for the steps of the resources it refers to
   * (a group rule and an MFA policy for their group, an assignment for its application and its
   * group); a delete waits for every create and update and for the deletes of the types that may
   * refer to it, so nothing is deleted while something still refers to it.
   */
  public List<List<Integer>> dependencies() {
    Map<String, Integer> upsertAt = new HashMap<>();
    List<Integer> upserts = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      PlanStep s = steps.get(i);
      if (s.action() != StepAction.DELETE) {
        upsertAt.put(keyOf(s.type(), s.name()), i);
        upserts.add(i);
      }
    }
    List<List<Integer>> waits = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      PlanStep s = steps.get(i);
      List<Integer> before = new ArrayList<>();
      if (s.action() == StepAction.DELETE) {
        before.addAll(upserts);
        for (int j = 0; j < i; j++) {
          PlanStep other = steps.get(j);
          if (other.action() == StepAction.DELETE && mayReferTo(other.type(), s.type())) {
            before.add(j);
          }
        }
      } else {
        for (String ref : references(s.spec())) {
          Integer at = upsertAt.get(ref);
          if (at != null && at < i) {
            before.add(at);
          }
        }
      }
      waits.add(List.copyOf(before));
    }
    return List.copyOf(waits);
  }

  /** Whether a resource of type {@code from} can refer to one of type {@code to}. */
  static boolean mayReferTo(OktaResourceType from, OktaResourceType to) {
    return switch (to) {
      case GROUP ->
          from == OktaResourceType.GROUP_RULE
              || from == OktaResourceType.SIGN_ON_POLICY
              || from == OktaResourceType.APPLICATION_GROUP_ASSIGNMENT;
      case OIDC_APPLICATION -> from == OktaResourceType.APPLICATION_GROUP_ASSIGNMENT;
      default -> false;
    };
  }

  /** The resources (type/name keys) a desired state refers to by name. */
  private static List<String> references(ResourceSpec spec) {
    if (spec instanceof ResourceSpec.GroupRule r) {
      return List.of(keyOf(OktaResourceType.GROUP, r.groupName()));
    }
    if (spec instanceof ResourceSpec.MfaPolicy p) {
      return List.of(keyOf(OktaResourceType.GROUP, p.groupName()));
    }
    if (spec instanceof ResourceSpec.AppGroupAssignment a) {
      return List.of(
          keyOf(OktaResourceType.OIDC_APPLICATION, a.appName()),
          keyOf(OktaResourceType.GROUP, a.groupName()));
    }
    return List.of();
  }

  /**
   * The longest chain of steps that wait for each other, counted in steps: the least number of
   * one-after-the-other rounds the plan needs however many steps run at once.
   */
  public int criticalPathLength() {
    List<List<Integer>> waits = dependencies();
    int[] depth = new int[steps.size()];
    int longest = 0;
    for (int i = 0; i < steps.size(); i++) {
      int d = 1;
      for (int j : waits.get(i)) {
        d = Math.max(d, depth[j] + 1);
      }
      depth[i] = d;
      longest = Math.max(longest, d);
    }
    return longest;
  }

  private static String keyOf(OktaResourceType type, String name) {
    return type + "/" + name;
  }
}
