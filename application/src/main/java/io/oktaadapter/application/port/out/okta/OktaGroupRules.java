package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port for Okta group rules, which assign users to groups by an Okta expression. Okta
 * creates rules INACTIVE; a rule must be deactivated before it is deleted.
 */
public interface OktaGroupRules {

  /** Creates the rule in status INACTIVE. */
  OktaGroupRule create(GroupRuleDetails details);

  Optional<OktaGroupRule> find(OktaId id);

  /**
   * The rule with exactly this name (Okta keeps rule names unique), e.g. one whose create was
   * applied although its answer never arrived.
   */
  Optional<OktaGroupRule> findByName(String name);

  /** Replaces an INACTIVE rule's name, expression and groups (Okta refuses it for ACTIVE rules). */
  OktaGroupRule update(OktaId id, GroupRuleDetails details);

  void activate(OktaId id);

  void deactivate(OktaId id);

  /** Deletes an INACTIVE rule; deleting a rule that is already gone is not an error. */
  void delete(OktaId id);

  /**
   * What the adapter sets on a rule.
   *
   * @param expression an Okta expression ({@code urn:okta:expression:1.0}), e.g. {@code
   *     user.tenant=="acme"}
   */
  record GroupRuleDetails(String name, String expression, List<OktaId> assignToGroups) {
    public GroupRuleDetails {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(expression, "expression");
      assignToGroups = List.copyOf(assignToGroups);
    }
  }

  /**
   * A rule as Okta holds it.
   *
   * @param expression its condition, or {@code null} when not known
   * @param assignToGroups the groups it places users into
   */
  record OktaGroupRule(
      OktaId id, String name, boolean active, String expression, List<OktaId> assignToGroups) {
    public OktaGroupRule {
      Objects.requireNonNull(id, "id");
      assignToGroups = assignToGroups == null ? List.of() : List.copyOf(assignToGroups);
    }

    public OktaGroupRule(OktaId id, String name, boolean active) {
      this(id, name, active, null, List.of());
    }
  }
}
