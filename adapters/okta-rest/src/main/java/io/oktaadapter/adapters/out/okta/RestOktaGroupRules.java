package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.GroupsApi.GroupRuleJson;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.Optional;

/** Okta REST adapter: {@link OktaGroupRules} over {@code /api/v1/groups/rules}. */
@Singleton
class RestOktaGroupRules implements OktaGroupRules {

  private static final String EXPRESSION_TYPE = "urn:okta:expression:1.0";

  private static final GenericType<List<GroupRuleJson>> LIST = new GenericType<>() {};

  private final GroupsApi api;
  private final OktaCalls calls;
  private final OktaPages pages;
  private final int pageSize;

  RestOktaGroupRules(GroupsApi api, OktaCalls calls, OktaPages pages, OktaConfig config) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
    this.pageSize = config.pageSize();
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
  public Optional<OktaGroupRule> findByName(String name) {
    // Okta's search is a keyword over rule names; the exact name is picked here.
    return pages
        .first(
            OktaBucket.OTHER,
            () -> api.searchRules(name, pageSize),
            LIST,
            r -> name.equals(r.name()))
        .map(RestOktaGroupRules::toRule);
  }

  @Override
  public OktaGroupRule update(OktaId id, GroupRuleDetails details) {
    return toRule(
        calls.repeatable(OktaBucket.OTHER, () -> api.updateRule(id.value(), toJson(details))));
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
    String expression =
        json.conditions() == null || json.conditions().expression() == null
            ? null
            : json.conditions().expression().value();
    List<OktaId> groups =
        json.actions() == null
                || json.actions().assignUserToGroups() == null
                || json.actions().assignUserToGroups().groupIds() == null
            ? List.of()
            : json.actions().assignUserToGroups().groupIds().stream().map(OktaId::of).toList();
    return new OktaGroupRule(
        OktaId.of(json.id()), json.name(), "ACTIVE".equals(json.status()), expression, groups);
  }
}
