package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.out.okta.OktaApplicationGroups;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import java.util.Objects;

/** The Okta ports provisioning works through, passed as one parameter. */
public record OktaPorts(
    OktaGroups groups,
    OktaGroupRules rules,
    OktaTrustedOrigins origins,
    OktaPolicies policies,
    OktaApplications apps,
    OktaApplicationGroups appGroups) {

  public OktaPorts {
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(origins, "origins");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(apps, "apps");
    Objects.requireNonNull(appGroups, "appGroups");
  }
}
