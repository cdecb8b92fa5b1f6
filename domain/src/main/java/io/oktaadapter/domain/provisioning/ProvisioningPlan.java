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

  private static String keyOf(OktaResourceType type, String name) {
    return type + "/" + name;
  }
}
