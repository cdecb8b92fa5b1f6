package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.List;

/** Outbound port for assigning Okta groups to applications (who may sign in to what). */
public interface OktaApplicationGroups {

  /** Assigns the group to the application; assigning it again changes nothing. */
  void assign(OktaId applicationId, OktaId groupId);

  /** Removes the assignment; removing one that is gone is not an error. */
  void unassign(OktaId applicationId, OktaId groupId);

  /** The ids of every group assigned to the application. */
  List<OktaId> assignedGroups(OktaId applicationId);
}
