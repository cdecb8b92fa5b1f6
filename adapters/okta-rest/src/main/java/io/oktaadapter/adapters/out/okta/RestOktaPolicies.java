package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.PoliciesApi.PolicyJson;
import io.oktaadapter.adapters.out.okta.PoliciesApi.PolicyRuleJson;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.Optional;

/**
 * Okta REST adapter: {@link OktaPolicies} as an {@code OKTA_SIGN_ON} policy for the tenant's group
 * with one {@code SIGN_ON} rule that requires a factor or not.
 */
@Singleton
class RestOktaPolicies implements OktaPolicies {

  private static final GenericType<List<PolicyJson>> LIST = new GenericType<>() {};
  private static final String TYPE = "OKTA_SIGN_ON";

  private final PoliciesApi api;
  private final OktaCalls calls;
  private final OktaPages pages;
  private final int pageSize;

  RestOktaPolicies(PoliciesApi api, OktaCalls calls, OktaPages pages, OktaConfig config) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
    this.pageSize = config.pageSize();
  }

  @Override
  public MfaPolicy createMfaPolicy(MfaPolicyDetails details) {
    PolicyJson policy =
        calls.createOrFind(
            OktaBucket.OTHER,
            () -> api.create(policyJson(details)),
            () -> findPolicy(details.name()));
    createRule(policy.id(), details);
    return new MfaPolicy(OktaId.of(policy.id()), policy.name(), details.factorRequired());
  }

  @Override
  public Optional<MfaPolicy> findMfaPolicyByName(String name) {
    return findPolicy(name).map(p -> new MfaPolicy(OktaId.of(p.id()), p.name(), requires(p.id())));
  }

  @Override
  public MfaPolicy updateMfaPolicy(OktaId policyId, MfaPolicyDetails details) {
    Optional<PolicyRuleJson> rule = firstRule(policyId.value());
    if (rule.isEmpty()) {
      createRule(policyId.value(), details);
    } else {
      String ruleId = rule.get().id();
      calls.repeatable(
          OktaBucket.OTHER, () -> api.updateRule(policyId.value(), ruleId, ruleJson(details)));
    }
    return new MfaPolicy(policyId, details.name(), details.factorRequired());
  }

  /** Creates the policy's one rule; after a lost answer, looks before creating a second. */
  private void createRule(String policyId, MfaPolicyDetails details) {
    calls.createOrFind(
        OktaBucket.OTHER,
        () -> api.createRule(policyId, ruleJson(details)),
        () -> firstRule(policyId));
  }

  private Optional<PolicyRuleJson> firstRule(String policyId) {
    return calls.repeatable(OktaBucket.OTHER, () -> api.rules(policyId)).stream().findFirst();
  }

  @Override
  public void deleteMfaPolicy(OktaId policyId) {
    NotFound.ignored(() -> calls.repeatable(OktaBucket.OTHER, () -> api.delete(policyId.value())));
  }

  private Optional<PolicyJson> findPolicy(String name) {
    return pages.first(
        OktaBucket.OTHER, () -> api.list(TYPE, pageSize), LIST, p -> name.equals(p.name()));
  }

  private boolean requires(String policyId) {
    return calls.repeatable(OktaBucket.OTHER, () -> api.rules(policyId)).stream()
        .anyMatch(r -> Boolean.TRUE.equals(r.actions().signon().requireFactor()));
  }

  private static PolicyJson policyJson(MfaPolicyDetails details) {
    var people = new PolicyJson.People(new PolicyJson.Groups(List.of(details.groupId().value())));
    return new PolicyJson(
        null,
        TYPE,
        details.name(),
        "MFA policy of the tenant's group (managed by the Okta Adapter)",
        "ACTIVE",
        new PolicyJson.Conditions(people));
  }

  private static PolicyRuleJson ruleJson(MfaPolicyDetails details) {
    boolean required = details.factorRequired();
    var signon = new PolicyRuleJson.Signon("ALLOW", required, required ? "ALWAYS" : null);
    return new PolicyRuleJson(
        null, "SIGN_ON", details.name() + " rule", "ACTIVE", new PolicyRuleJson.Actions(signon));
  }
}
