package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port for the Okta groups a tenant owns ({@code OKTA_GROUP} type). Failures are {@link
 * OktaFailure}s.
 */
public interface OktaGroups {

  OktaGroup create(GroupDetails details);

  Optional<OktaGroup> find(OktaId id);

  /** The group whose name is exactly {@code name}, if there is one. */
  Optional<OktaGroup> findByName(String name);

  OktaGroup update(OktaId id, GroupDetails details);

  /**
   * Every user who is a member of the group, across all pages of Okta's list (statuses as Okta
   * holds them).
   */
  List<OktaUsers.OktaUser> members(OktaId id);

  /** Deletes the group; deleting a group that is already gone is not an error. */
  void delete(OktaId id);

  /** What the adapter sets on a group. */
  record GroupDetails(String name, String description) {
    public GroupDetails {
      Objects.requireNonNull(name, "name");
      description = description == null ? "" : description;
    }
  }

  /** A group as Okta holds it. */
  record OktaGroup(OktaId id, String name, String description) {
    public OktaGroup {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }
}
