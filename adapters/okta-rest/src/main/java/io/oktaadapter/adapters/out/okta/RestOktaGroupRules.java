package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.GroupsApi.GroupRuleJson;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Okta REST adapter: {@link OktaGroupRules} over {@code /api/v1/groups/rules}. */
@Singleton
class RestOktaGroupRules implements OktaGroupRules {

  private static final String EXPRESSION_TYPE = "urn:okta:expression:1.0";

  private final GroupsApi api;
  private final OktaCalls calls;

  RestOktaGroupRules(GroupsApi api, OktaCalls calls) {
    this.api = api;
    this.calls = calls;
  }

  @Override
  public OktaGroupRule create(GroupRuleDetails details) {
    // Not retried after a 5xx: Okta has no lookup by rule name that the adapter could check.
    return toRule(calls.once(OktaBucket.OTHER, () -> api.createRule(toJson(details))));
  }

  @Override
  public Optional<OktaGroupRule> find(OktaId id) {
    return NotFound.asEmpty(
        () -> toRule(calls.repeatable(OktaBucket.OTHER, () -> api.getRule(id.value()))));
  }

  @Override
  public void activate(OktaId id) {
    calls.repeatable(OktaBucket.OTHER, () -> api.ruleLifecycle(id.value(), "activate"));
  }

  @Override
  public void deactivate(OktaId id) {
    calls.repeatable(OktaBucket.OTHER, () -> api.ruleLifecycle(id.value(), "deactivate"));
  }

  @Override
  public void delete(OktaId id) {
    NotFound.ignored(() -> calls.repeatable(OktaBucket.OTHER, () -> api.deleteRule(id.value())));
  }

  private static GroupRuleJson toJson(GroupRuleDetails details) {
    return new GroupRuleJson(
        null,
        "group_rule",
        details.name(),
        null,
        new GroupRuleJson.Conditions(
            new GroupRuleJson.Expression(details.expression(), EXPRESSION_TYPE)),
        new GroupRuleJson.Actions(
            new GroupRuleJson.AssignUserToGroups(
                details.assignToGroups().stream().map(OktaId::value).toList())));
  }

  private static OktaGroupRule toRule(GroupRuleJson json) {
    return new OktaGroupRule(OktaId.of(json.id()), json.name(), "ACTIVE".equals(json.status()));
  }
}
