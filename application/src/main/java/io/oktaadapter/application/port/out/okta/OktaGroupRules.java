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

  /** A rule as Okta holds it. */
  record OktaGroupRule(OktaId id, String name, boolean active) {
    public OktaGroupRule {
      Objects.requireNonNull(id, "id");
    }
  }
}
