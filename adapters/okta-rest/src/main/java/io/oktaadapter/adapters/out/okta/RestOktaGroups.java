package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.GroupsApi.GroupJson;
import io.oktaadapter.adapters.out.okta.UsersApi.UserJson;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaUsers.OktaUser;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.Optional;

/** Okta REST adapter: {@link OktaGroups} over {@code /api/v1/groups}. */
@Singleton
class RestOktaGroups implements OktaGroups {

  private static final GenericType<List<GroupJson>> LIST = new GenericType<>() {};
  private static final GenericType<List<UserJson>> USERS = new GenericType<>() {};

  private final GroupsApi api;
  private final OktaCalls calls;
  private final OktaPages pages;
  private final int pageSize;

  RestOktaGroups(GroupsApi api, OktaCalls calls, OktaPages pages, OktaConfig config) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
    this.pageSize = config.pageSize();
  }

  @Override
  public OktaGroup create(GroupDetails details) {
    return calls.createOrFind(
        OktaBucket.GROUPS,
        () -> toGroup(api.create(toJson(details))),
        () -> findByName(details.name()));
  }

  @Override
  public Optional<OktaGroup> find(OktaId id) {
    return NotFound.asEmpty(
        () -> toGroup(calls.repeatable(OktaBucket.GROUP_BY_ID, () -> api.get(id.value()))));
  }

  @Override
  public Optional<OktaGroup> findByName(String name) {
    String search = "profile.name eq " + NotFound.quoted(name);
    return pages
        .first(
            OktaBucket.GROUPS,
            () -> api.search(search, pageSize),
            LIST,
            g -> name.equals(g.profile().name()))
        .map(RestOktaGroups::toGroup);
  }

  @Override
  public OktaGroup update(OktaId id, GroupDetails details) {
    return toGroup(
        calls.repeatable(OktaBucket.GROUP_BY_ID, () -> api.update(id.value(), toJson(details))));
  }

  @Override
  public List<OktaUser> members(OktaId id) {
    return pages.all(OktaBucket.OTHER, () -> api.members(id.value(), pageSize), USERS).stream()
        .map(u -> new OktaUser(OktaId.of(u.id()), u.profile().login(), u.status()))
        .toList();
  }

  @Override
  public void delete(OktaId id) {
    NotFound.ignored(() -> calls.repeatable(OktaBucket.GROUP_BY_ID, () -> api.delete(id.value())));
  }

  private static GroupJson toJson(GroupDetails details) {
    return new GroupJson(null, null, new GroupJson.Profile(details.name(), details.description()));
  }

  private static OktaGroup toGroup(GroupJson json) {
    return new OktaGroup(OktaId.of(json.id()), json.profile().name(), json.profile().description());
  }
}
