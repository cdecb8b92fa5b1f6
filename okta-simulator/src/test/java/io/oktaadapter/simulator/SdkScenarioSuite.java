package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.ApplicationGroupsApi;
import com.okta.sdk.resource.api.EventHookApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.GroupOwnerApi;
import com.okta.sdk.resource.api.GroupRuleApi;
import com.okta.sdk.resource.api.InlineHookApi;
import com.okta.sdk.resource.api.OrgSettingMetadataApi;
import com.okta.sdk.resource.api.PolicyApi;
import com.okta.sdk.resource.api.TrustedOriginApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.api.UserResourcesApi;
import com.okta.sdk.resource.api.UserSessionsApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.*;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test scenarios: Okta's own Java management SDK drives create / get / list (paged) / update /
 * delete of every resource type and parses every answer; subclasses add checks per exchange.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SdkScenarioSuite {
  protected final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
  protected OktaSimulator simulator;
  private ApiClient client;

  /** Runs before the simulator starts; may abort the whole class. */
  protected void prepare() {}

  @BeforeAll
  void start() {
    prepare();
    simulator = OktaSimulator.builder().exchangeListener(exchanges::add).start();
    client = SdkScenario.client(simulator);
  }

  @AfterAll
  void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }

  @BeforeEach
  void reset() {
    simulator.reset();
    exchanges.clear();
  }

  Group createGroup(String name) {
    return new GroupApi(client)
        .addGroup(
            new AddGroupRequest().profile(new OktaUserGroupProfile().name(name).description("d")));
  }

  @Test
  void givenSdk_groupCrudAndPagedList_parsesEveryResponse() {
    GroupApi groups = new GroupApi(client);
    for (int i = 0; i < 5; i++) {
      createGroup("sdk-group-" + i);
    }
    Group created = createGroup("sdk-target");

    List<List<Group>> pages =
        SdkScenario.pages(after -> groups.listGroups(null, null, after, 2, null, null, null, null));
    Group fetched = groups.getGroup(created.getId());
    Group replaced =
        groups.replaceGroup(
            created.getId(),
            new AddGroupRequest().profile(new OktaUserGroupProfile().name("sdk-renamed")));
    groups.deleteGroup(created.getId());

    assertThat(pages).extracting(List::size).containsExactly(2, 2, 2);
    assertThat(pages.get(2)).extracting(Group::getId).endsWith(created.getId());
    assertThat(fetched.getType()).isEqualTo(GroupType.OKTA_GROUP);
    assertThat(fetched.getCreated()).isNotNull();
    assertThat(replaced.getProfile().getName()).isEqualTo("sdk-renamed");
    assertThatThrownBy(() -> groups.getGroup(created.getId()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void givenSdk_groupRuleLifecycle_parsesEveryResponse() {
    GroupRuleApi rules = new GroupRuleApi(client);
    String groupId = createGroup("rule-target").getId();
    CreateGroupRuleRequest request =
        new CreateGroupRuleRequest()
            .type(CreateGroupRuleRequest.TypeEnum.GROUP_RULE)
            .name("sdk-rule")
            .conditions(
                new GroupRuleConditions()
                    .expression(
                        new GroupRuleExpression()
                            .type("urn:okta:expression:1.0")
                            .value("user.department==\"Eng\"")))
            .actions(
                new GroupRuleAction()
                    .assignUserToGroups(new GroupRuleGroupAssignment().groupIds(List.of(groupId))));

    GroupRule rule = rules.createGroupRule(request);
    rule.setName("sdk-rule-2");
    GroupRule replaced = rules.replaceGroupRule(rule.getId(), rule);
    rules.activateGroupRule(rule.getId());
    GroupRule active = rules.getGroupRule(rule.getId(), null);
    List<GroupRule> listed = rules.listGroupRules(null, null, null, null);
    rules.deactivateGroupRule(rule.getId());
    rules.deleteGroupRule(rule.getId(), false);

    assertThat(rule.getStatus()).isEqualTo(GroupRuleStatus.INACTIVE);
    assertThat(replaced.getName()).isEqualTo("sdk-rule-2");
    assertThat(active.getStatus()).isEqualTo(GroupRuleStatus.ACTIVE);
    assertThat(listed).hasSize(1);
  }

  @Test
  void givenSdk_oidcAppWithGroupAssignment_parsesEveryResponse() {
    ApplicationApi apps = new ApplicationApi(client);
    ApplicationGroupsApi assignments = new ApplicationGroupsApi(client);
    OpenIdConnectApplication app = new OpenIdConnectApplication();
    app.label("Tenant A").signOnMode(ApplicationSignOnMode.OPENID_CONNECT);
    app.name("oidc_client")
        .credentials(
            new OAuthApplicationCredentials()
                .oauthClient(
                    new ApplicationCredentialsOAuthClient()
                        .tokenEndpointAuthMethod(
                            OAuthEndpointAuthenticationMethod.CLIENT_SECRET_BASIC)))
        .settings(
            new OpenIdConnectApplicationSettings()
                .oauthClient(
                    new OpenIdConnectApplicationSettingsClient()
                        .applicationType(OpenIdConnectApplicationType.WEB)
                        .redirectUris(List.of("https://a.example.com/callback"))
                        .postLogoutRedirectUris(List.of("https://a.example.com/"))
                        .initiateLoginUri("https://a.example.com/login")
                        .grantTypes(List.of(OAuthGrantType.AUTHORIZATION_CODE))
                        .responseTypes(List.of(OAuthResponseType.CODE))));

    OpenIdConnectApplication created =
        (OpenIdConnectApplication) apps.createApplication(app, true, null);
    String groupId = createGroup("app-users").getId();
    ApplicationGroupAssignment assignment =
        assignments.assignGroupToApplication(
            created.getId(), groupId, new ApplicationGroupAssignment().priority(0));
    List<ApplicationGroupAssignment> assigned =
        assignments.listApplicationGroupAssignments(created.getId(), null, null, null, null);
    created.label("Tenant A renamed");
    Application replaced = apps.replaceApplication(created.getId(), created);
    List<Application> listed = apps.listApplications(null, null, null, null, null, null, null);
    assignments.unassignApplicationFromGroup(created.getId(), groupId);
    apps.deactivateApplication(created.getId());
    apps.deleteApplication(created.getId());

    assertThat(created.getCredentials().getOauthClient().getClientId()).isEqualTo(created.getId());
    assertThat(created.getCredentials().getOauthClient().getClientSecret()).isNotBlank();
    assertThat(created.getSettings().getOauthClient().getRedirectUris())
        .containsExactly("https://a.example.com/callback");
    assertThat(assignment.getId()).isEqualTo(groupId);
    assertThat(assigned).hasSize(1);
    assertThat(replaced.getLabel()).isEqualTo("Tenant A renamed");
    assertThat(listed).hasSize(1).first().isInstanceOf(OpenIdConnectApplication.class);
  }

  @Test
  void givenSdk_trustedOriginLifecycle_parsesEveryResponse() {
    TrustedOriginApi origins = new TrustedOriginApi(client);
    TrustedOriginWrite write =
        new TrustedOriginWrite()
            .name("tenant-a")
            .origin("https://a.example.com")
            .scopes(
                List.of(
                    new TrustedOriginScope().type(TrustedOriginScopeType.CORS),
                    new TrustedOriginScope().type(TrustedOriginScopeType.REDIRECT)));

    TrustedOrigin created = origins.createTrustedOrigin(write);
    TrustedOrigin deactivated = origins.deactivateTrustedOrigin(created.getId());
    TrustedOrigin activated = origins.activateTrustedOrigin(created.getId());
    created.setName("tenant-a-2");
    TrustedOrigin replaced = origins.replaceTrustedOrigin(created.getId(), created);
    List<TrustedOrigin> listed = origins.listTrustedOrigins(null, null, null, null);
    origins.deleteTrustedOrigin(created.getId());

    assertThat(created.getScopes())
        .extracting(TrustedOriginScope::getType)
        .containsExactly(TrustedOriginScopeType.CORS, TrustedOriginScopeType.REDIRECT);
    assertThat(deactivated.getStatus()).isEqualTo(LifecycleStatus.INACTIVE);
    assertThat(activated.getStatus()).isEqualTo(LifecycleStatus.ACTIVE);
    assertThat(replaced.getName()).isEqualTo("tenant-a-2");
    assertThat(listed).hasSize(1);
  }

  @Test
  void givenSdk_mfaEnrollPolicyWithRule_parsesEveryResponse() {
    PolicyApi policies = new PolicyApi(client);
    String groupId = createGroup("mfa-users").getId();
    AuthenticatorEnrollmentPolicy policy = new AuthenticatorEnrollmentPolicy();
    policy.name("tenant-mfa").type(PolicyType.MFA_ENROLL).description("per tenant");
    policy.conditions(
        new AuthenticatorEnrollmentPolicyConditions()
            .people(
                new AuthenticatorEnrollmentPolicyConditionsAllOfPeople()
                    .groups(
                        new AuthenticatorEnrollmentPolicyConditionsAllOfPeopleGroups()
                            .include(List.of(groupId)))));

    Policy created = policies.createPolicy(policy, true);
    AuthenticatorEnrollmentPolicyRule rule = new AuthenticatorEnrollmentPolicyRule();
    rule.name("enroll").type(PolicyRuleType.MFA_ENROLL);
    PolicyRule createdRule = policies.createPolicyRule(created.getId(), rule, null, true);
    policies.deactivatePolicyRule(created.getId(), createdRule.getId());
    List<PolicyRule> rules = policies.listPolicyRules(created.getId(), null);
    policies.deletePolicyRule(created.getId(), createdRule.getId());
    policies.deactivatePolicy(created.getId());
    Policy fetched = policies.getPolicy(created.getId(), null);
    created.setDescription("changed");
    Policy replaced = policies.replacePolicy(created.getId(), created);
    List<Policy> listed =
        policies.listPolicies("MFA_ENROLL", null, null, null, null, null, null, null);
    policies.deletePolicy(created.getId());

    assertThat(created).isInstanceOf(AuthenticatorEnrollmentPolicy.class);
    assertThat(createdRule.getStatus()).isEqualTo(LifecycleStatus.ACTIVE);
    assertThat(rules)
        .singleElement()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo(LifecycleStatus.INACTIVE));
    assertThat(fetched.getStatus()).isEqualTo(LifecycleStatus.INACTIVE);
    assertThat(replaced.getDescription()).isEqualTo("changed");
    assertThat(listed).hasSize(1);
  }

  @Test
  void givenSdk_userLifecycleAndSessionClear_parsesEveryResponse() {
    UserApi users = new UserApi(client);
    for (int i = 0; i < 3; i++) {
      users.createUser(newUser("paged" + i + "@example.com"), false, null, null);
    }
    User created = users.createUser(newUser("ada@example.com"), false, null, null);

    UserActivationToken token = new UserLifecycleApi(client).activateUser(created.getId(), false);
    UserGetSingleton byLogin = users.getUser("ada@example.com", null, null);
    User replaced =
        users.replaceUser(
            created.getId(),
            new UpdateUserRequest()
                .profile(newUser("ada@example.com").getProfile().firstName("Augusta")),
            null);
    List<List<User>> paged =
        SdkScenario.pages(after -> users.listUsers(null, null, after, 2, null, null, null, null));
    new UserSessionsApi(client).revokeUserSessions(created.getId(), true);
    new UserLifecycleApi(client).deactivateUser(created.getId(), false, null);
    users.deleteUser(created.getId(), false, null);

    assertThat(created.getStatus()).isEqualTo(UserStatus.STAGED);
    assertThat(token.getActivationToken()).isNotBlank();
    assertThat(byLogin.getId()).isEqualTo(created.getId());
    assertThat(replaced.getProfile().getFirstName()).isEqualTo("Augusta");
    assertThat(paged).extracting(List::size).containsExactly(2, 2);
    assertThat(simulator.sessionClears())
        .singleElement()
        .satisfies(c -> assertThat(c.oauthTokens()).isTrue());
  }

  @Test
  void givenSdk_eventHookLifecycle_parsesEveryResponse() {
    EventHookApi hooks = new EventHookApi(client);
    EventHook hook =
        new EventHook()
            .name("sdk-hook")
            .events(
                new EventSubscriptions()
                    .type(EventSubscriptionType.EVENT_TYPE)
                    .items(List.of("user.lifecycle.deactivate")))
            .channel(
                new EventHookChannel()
                    .type(EventHookChannelType.HTTP)
                    .version("1.0.0")
                    .config(
                        new EventHookChannelConfig()
                            .uri("https://hooks.example.com/okta")
                            .authScheme(
                                new EventHookChannelConfigAuthScheme()
                                    .type(EventHookChannelConfigAuthSchemeType.HEADER)
                                    .key("Authorization")
                                    .value("secret"))));

    EventHook created = hooks.createEventHook(hook);
    EventHook replaced = hooks.replaceEventHook(created.getId(), hook.name("sdk-hook-2"));
    EventHook deactivated = hooks.deactivateEventHook(created.getId());
    List<EventHook> listed = hooks.listEventHooks();
    hooks.deleteEventHook(created.getId());

    assertThat(created.getStatus()).isEqualTo(EventHook.StatusEnum.ACTIVE);
    assertThat(created.getVerificationStatus()).isEqualTo(EventHookVerificationStatus.UNVERIFIED);
    assertThat(created.getChannel().getConfig().getAuthScheme().getValue()).isNull();
    assertThat(replaced.getName()).isEqualTo("sdk-hook-2");
    assertThat(deactivated.getStatus()).isEqualTo(EventHook.StatusEnum.INACTIVE);
    assertThat(listed).hasSize(1);
  }

  @Test
  void givenSdk_inlineHookLifecycle_parsesEveryResponse() {
    InlineHookApi hooks = new InlineHookApi(client);
    InlineHookChannelHttp channel = new InlineHookChannelHttp();
    channel.type(InlineHookChannelType.HTTP).version("1.0.0");
    channel.config(
        new InlineHookChannelConfig()
            .uri("https://hooks.example.com/token")
            .method("POST")
            .authScheme(
                new InlineHookChannelConfigAuthScheme()
                    .type("HEADER")
                    .key("Authorization")
                    .value("s")));
    InlineHook hook =
        new InlineHook()
            .name("sdk-inline")
            .type(InlineHookType.COM_OKTA_OAUTH2_TOKENS_TRANSFORM)
            .version("1.0.0")
            .channel(channel);

    InlineHook created = hooks.createInlineHook(hook);
    InlineHook replaced = hooks.replaceInlineHook(created.getId(), hook.name("sdk-inline-2"));
    InlineHook deactivated = hooks.deactivateInlineHook(created.getId());
    List<InlineHook> listed = hooks.listInlineHooks(null);
    hooks.deleteInlineHook(created.getId());

    assertThat(created.getStatus()).isEqualTo(InlineHookStatus.ACTIVE);
    assertThat(created.getChannel()).isInstanceOf(InlineHookChannelHttp.class);
    assertThat(replaced.getName()).isEqualTo("sdk-inline-2");
    assertThat(deactivated.getStatus()).isEqualTo(InlineHookStatus.INACTIVE);
    assertThat(listed).hasSize(1);
  }

  @Test
  void givenSdk_groupSearchAndMembership_parsesEveryResponse() {
    GroupApi groups = new GroupApi(client);
    UserApi users = new UserApi(client);
    String groupId = createGroup("tenant-acme-users").getId();
    createGroup("tenant-other-users");
    CreateUserRequest withPassword =
        newUser("member@example.com")
            .credentials(
                new UserCredentials().password(new PasswordCredential().value("Pa55-word!")));
    String userId = users.createUser(withPassword, true, null, null).getId();

    List<Group> byQ = groups.listGroups("tenant-acme", null, null, null, null, null, null, null);
    List<Group> bySearch =
        groups.listGroups(
            null, null, null, null, null, "profile.name eq \"tenant-other-users\"", null, null);
    groups.assignUserToGroup(groupId, userId);
    List<User> members = groups.listGroupUsers(groupId, null, null);
    new UserLifecycleApi(client).suspendUser(userId);
    String suspended = users.getUser(userId, null, null).getStatus().getValue();
    new UserLifecycleApi(client).unsuspendUser(userId);
    groups.unassignUserFromGroup(groupId, userId);

    assertThat(byQ).extracting(Group::getId).containsExactly(groupId);
    assertThat(bySearch)
        .singleElement()
        .satisfies(g -> assertThat(g.getProfile().getName()).isEqualTo("tenant-other-users"));
    assertThat(members).extracting(User::getId).containsExactly(userId);
    assertThat(suspended).isEqualTo("SUSPENDED");
    assertThat(groups.listGroupUsers(groupId, null, null)).isEmpty();
  }

  @Test
  void givenSdk_appGroupAssignmentPagedAndFetched_parsesEveryResponse() {
    ApplicationGroupsApi assignments = new ApplicationGroupsApi(client);
    OpenIdConnectApplication app = new OpenIdConnectApplication();
    app.label("Paged").signOnMode(ApplicationSignOnMode.OPENID_CONNECT);
    app.name("oidc_client")
        .credentials(
            new OAuthApplicationCredentials()
                .oauthClient(
                    new ApplicationCredentialsOAuthClient()
                        .tokenEndpointAuthMethod(
                            OAuthEndpointAuthenticationMethod.CLIENT_SECRET_POST)))
        .settings(
            new OpenIdConnectApplicationSettings()
                .oauthClient(
                    new OpenIdConnectApplicationSettingsClient()
                        .applicationType(OpenIdConnectApplicationType.SERVICE)
                        .grantTypes(List.of(OAuthGrantType.CLIENT_CREDENTIALS))
                        .responseTypes(List.of(OAuthResponseType.TOKEN))));
    String appId = new ApplicationApi(client).createApplication(app, true, null).getId();
    for (int i = 0; i < 3; i++) {
      String groupId = createGroup("assigned-" + i).getId();
      assignments.assignGroupToApplication(
          appId, groupId, new ApplicationGroupAssignment().priority(i));
    }

    List<List<ApplicationGroupAssignment>> pages =
        SdkScenario.pages(
            after -> assignments.listApplicationGroupAssignments(appId, null, after, 2, null));
    String firstGroup = pages.get(0).get(0).getId();
    ApplicationGroupAssignment fetched =
        assignments.getApplicationGroupAssignment(appId, firstGroup, null);

    assertThat(pages).extracting(List::size).containsExactly(2, 1);
    assertThat(fetched.getPriority()).isZero();
  }

  @Test
  void givenSdk_appsOfGroupPaged_listsOnlyAssignedApps() {
    ApplicationApi apps = new ApplicationApi(client);
    ApplicationGroupsApi assignments = new ApplicationGroupsApi(client);
    String groupId = createGroup("app-users").getId();
    String otherGroup = createGroup("other-users").getId();
    List<String> assigned = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String appId = apps.createApplication(serviceApp("svc-" + i), true, null).getId();
      assignments.assignGroupToApplication(
          appId, i < 3 ? groupId : otherGroup, new ApplicationGroupAssignment().priority(0));
      if (i < 3) {
        assigned.add(appId);
      }
    }
    GroupApi groups = new GroupApi(client);

    List<List<Application>> pages =
        SdkScenario.pages(after -> groups.listAssignedApplicationsForGroup(groupId, after, 2));
    assignments.unassignApplicationFromGroup(assigned.get(0), groupId);
    List<Application> afterUnassign = groups.listAssignedApplicationsForGroup(groupId, null, null);

    assertThat(pages).extracting(List::size).containsExactly(2, 1);
    assertThat(pages.stream().flatMap(List::stream).map(Application::getId))
        .containsExactlyElementsOf(assigned);
    assertThat(pages.get(0)).first().isInstanceOf(OpenIdConnectApplication.class);
    assertThat(afterUnassign).extracting(Application::getId).isEqualTo(assigned.subList(1, 3));
    assertThatThrownBy(() -> groups.listAssignedApplicationsForGroup("00gmissing", null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void givenSdk_groupsOfUser_listsMembershipsByIdAndLogin() {
    UserApi users = new UserApi(client);
    GroupApi groups = new GroupApi(client);
    String userId = users.createUser(newUser("grace@example.com"), false, null, null).getId();
    String member = createGroup("members").getId();
    String second = createGroup("second").getId();
    createGroup("not-a-member");
    groups.assignUserToGroup(member, userId);
    groups.assignUserToGroup(second, userId);
    UserResourcesApi resources = new UserResourcesApi(client);

    List<Group> byId = resources.listUserGroups(userId);
    List<Group> byLogin = resources.listUserGroups("grace@example.com");
    groups.unassignUserFromGroup(second, userId);
    List<Group> afterRemoval = resources.listUserGroups(userId);

    assertThat(byId).extracting(Group::getId).containsExactly(member, second);
    assertThat(byId).allSatisfy(g -> assertThat(g.getType()).isEqualTo(GroupType.OKTA_GROUP));
    assertThat(byLogin).extracting(Group::getId).containsExactly(member, second);
    assertThat(afterRemoval).extracting(Group::getId).containsExactly(member);
    assertThatThrownBy(() -> resources.listUserGroups("00umissing"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void givenSdk_groupOwnersAssignListDelete_parsesEveryResponse() {
    GroupOwnerApi owners = new GroupOwnerApi(client);
    String groupId = createGroup("owned").getId();
    String ownerGroup = createGroup("owners").getId();
    String userId =
        new UserApi(client).createUser(newUser("ada@example.com"), false, null, null).getId();

    GroupOwner userOwner =
        owners.assignGroupOwner(
            groupId, new AssignGroupOwnerRequestBody().id(userId).type(GroupOwnerType.USER));
    GroupOwner groupOwner =
        owners.assignGroupOwner(
            groupId, new AssignGroupOwnerRequestBody().id(ownerGroup).type(GroupOwnerType.GROUP));
    List<GroupOwner> listed = owners.listGroupOwners(groupId, null, null, null);
    owners.deleteGroupOwner(groupId, userId);
    List<GroupOwner> afterDelete = owners.listGroupOwners(groupId, null, null, null);

    assertThat(userOwner.getId()).isEqualTo(userId);
    assertThat(userOwner.getType()).isEqualTo(GroupOwnerType.USER);
    assertThat(userOwner.getDisplayName()).isEqualTo("Ada Lovelace");
    assertThat(userOwner.getOriginType()).isEqualTo(GroupOwnerOriginType.OKTA_DIRECTORY);
    assertThat(userOwner.getResolved()).isTrue();
    assertThat(userOwner.getLastUpdated()).isNotNull();
    assertThat(groupOwner.getDisplayName()).isEqualTo("owners");
    assertThat(listed).extracting(GroupOwner::getId).containsExactly(userId, ownerGroup);
    assertThat(afterDelete).extracting(GroupOwner::getId).containsExactly(ownerGroup);
    assertThatThrownBy(() -> owners.deleteGroupOwner(groupId, userId))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    assertThatThrownBy(
            () ->
                owners.assignGroupOwner(
                    groupId,
                    new AssignGroupOwnerRequestBody().id("00umissing").type(GroupOwnerType.USER)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void givenSdk_wellKnownOrgMetadata_parsesIdAndLinks() {
    WellKnownOrgMetadata metadata = new OrgSettingMetadataApi(client).getWellknownOrgMetadata();

    assertThat(metadata.getId()).startsWith("00o");
    assertThat(metadata.getPipeline()).isEqualTo(PipelineType.IDX);
    assertThat(metadata.getLinks().getOrganization().getHref()).isEqualTo(simulator.baseUrl());
    assertThat(metadata.getLinks().getAlternate().getHref()).isEqualTo(simulator.baseUrl());
    assertThat(metadata.getSettings().getOmEnabled()).isFalse();
  }

  private static OpenIdConnectApplication serviceApp(String label) {
    OpenIdConnectApplication app = new OpenIdConnectApplication();
    app.label(label).signOnMode(ApplicationSignOnMode.OPENID_CONNECT);
    app.name("oidc_client")
        .credentials(
            new OAuthApplicationCredentials()
                .oauthClient(
                    new ApplicationCredentialsOAuthClient()
                        .tokenEndpointAuthMethod(
                            OAuthEndpointAuthenticationMethod.CLIENT_SECRET_POST)))
        .settings(
            new OpenIdConnectApplicationSettings()
                .oauthClient(
                    new OpenIdConnectApplicationSettingsClient()
                        .applicationType(OpenIdConnectApplicationType.SERVICE)
                        .grantTypes(List.of(OAuthGrantType.CLIENT_CREDENTIALS))
                        .responseTypes(List.of(OAuthResponseType.TOKEN))));
    return app;
  }

  private CreateUserRequest newUser(String login) {
    return new CreateUserRequest()
        .profile(new UserProfile().firstName("Ada").lastName("Lovelace").email(login).login(login));
  }
}
