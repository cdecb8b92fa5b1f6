'use strict';
// Okta's Node.js management SDK driven against the Okta simulator. Run by NodeSdkFidelityTest with
// OKTA_ORG_URL and OKTA_TOKEN; prints one line per scenario and a summary line, and exits non-zero
// when any scenario fails (an assertion, a parse error or an unexpected HTTP status).
const assert = require('node:assert/strict');
const okta = require('@okta/okta-sdk-nodejs');

const client = new okta.Client({
  orgUrl: process.env.OKTA_ORG_URL,
  token: process.env.OKTA_TOKEN,
  // No cache (it would hide requests) and no retries (they would hide the simulator's 429s).
  cacheMiddleware: null,
  requestExecutor: new okta.RequestExecutor(),
});

async function all(collectionPromise) {
  const items = [];
  for await (const item of await collectionPromise) {
    items.push(item);
  }
  return items;
}

async function status(promise) {
  try {
    await promise;
  } catch (e) {
    return e.status;
  }
  return 'no error';
}

async function createGroup(name) {
  return client.groupApi.createGroup({ group: { profile: { name, description: 'd' } } });
}

function webApp(label) {
  return {
    name: 'oidc_client',
    label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: 'client_secret_basic' } },
    settings: {
      oauthClient: {
        application_type: 'web',
        redirect_uris: ['https://a.example.com/callback'],
        post_logout_redirect_uris: ['https://a.example.com/'],
        initiate_login_uri: 'https://a.example.com/login',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    },
  };
}

function newUser(login) {
  return { profile: { firstName: 'Ada', lastName: 'Lovelace', email: login, login } };
}

const scenarios = {
  async groupsCrudAndPagedList() {
    const ids = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await createGroup(`node-group-${i}`)).id);
    }
    const listed = await all(client.groupApi.listGroups({ limit: 2 }));
    assert.deepEqual(listed.map((g) => g.id), ids);
    const fetched = await client.groupApi.getGroup({ groupId: ids[4] });
    assert.equal(fetched.type, 'OKTA_GROUP');
    assert.ok(fetched.created instanceof Date, 'created parsed as a Date');
    const replaced = await client.groupApi.replaceGroup({
      groupId: ids[4],
      group: { profile: { name: 'node-renamed' } },
    });
    assert.equal(replaced.profile.name, 'node-renamed');
    const found = await all(client.groupApi.listGroups({ q: 'node-ren' }));
    assert.deepEqual(found.map((g) => g.id), [ids[4]]);
    await client.groupApi.deleteGroup({ groupId: ids[4] });
    assert.equal(await status(client.groupApi.getGroup({ groupId: ids[4] })), 404);
    assert.equal(await status(createGroup('node-group-0')), 400);
  },

  async groupRuleLifecycle() {
    const groupId = (await createGroup('rule-target')).id;
    const rule = await client.groupApi.createGroupRule({
      groupRule: {
        type: 'group_rule',
        name: 'node-rule',
        conditions: {
          expression: { type: 'urn:okta:expression:1.0', value: 'user.department=="Eng"' },
        },
        actions: { assignUserToGroups: { groupIds: [groupId] } },
      },
    });
    assert.equal(rule.status, 'INACTIVE');
    rule.name = 'node-rule-2';
    const replaced = await client.groupApi.replaceGroupRule({ ruleId: rule.id, groupRule: rule });
    assert.equal(replaced.name, 'node-rule-2');
    await client.groupApi.activateGroupRule({ ruleId: rule.id });
    const active = await client.groupApi.getGroupRule({ ruleId: rule.id });
    assert.equal(active.status, 'ACTIVE');
    assert.deepEqual(active.actions.assignUserToGroups.groupIds, [groupId]);
    const listed = await all(client.groupApi.listGroupRules());
    assert.deepEqual(listed.map((r) => r.id), [rule.id]);
    await client.groupApi.deactivateGroupRule({ ruleId: rule.id });
    await client.groupApi.deleteGroupRule({ ruleId: rule.id });
    assert.equal(await status(client.groupApi.getGroupRule({ ruleId: rule.id })), 404);
  },

  async oidcAppsWithGroupAssignments() {
    const app = await client.applicationApi.createApplication({
      application: webApp('Tenant A'),
      activate: true,
    });
    assert.equal(app.status, 'ACTIVE');
    assert.equal(app.credentials.oauthClient.client_id, app.id);
    assert.ok(app.credentials.oauthClient.client_secret, 'client secret returned on creation');
    assert.deepEqual(app.settings.oauthClient.redirect_uris, ['https://a.example.com/callback']);
    const groupIds = [];
    for (let i = 0; i < 3; i++) {
      const groupId = (await createGroup(`app-users-${i}`)).id;
      groupIds.push(groupId);
      const assignment = await client.applicationApi.assignGroupToApplication({
        appId: app.id,
        groupId,
        applicationGroupAssignment: { priority: i },
      });
      assert.equal(assignment.id, groupId);
    }
    const assigned = await all(
      client.applicationApi.listApplicationGroupAssignments({ appId: app.id, limit: 2 }),
    );
    assert.deepEqual(assigned.map((a) => a.id), groupIds);
    const appsOfGroup = await all(
      client.groupApi.listAssignedApplicationsForGroup({ groupId: groupIds[0] }),
    );
    assert.deepEqual(appsOfGroup.map((a) => a.id), [app.id]);
    app.label = 'Tenant A renamed';
    const replaced = await client.applicationApi.replaceApplication({ appId: app.id, application: app });
    assert.equal(replaced.label, 'Tenant A renamed');
    const listed = await all(client.applicationApi.listApplications());
    assert.deepEqual(listed.map((a) => a.id), [app.id]);
    await client.applicationApi.unassignApplicationFromGroup({ appId: app.id, groupId: groupIds[0] });
    assert.deepEqual(
      await all(client.groupApi.listAssignedApplicationsForGroup({ groupId: groupIds[0] })),
      [],
    );
    assert.equal(await status(client.applicationApi.deleteApplication({ appId: app.id })), 403);
    await client.applicationApi.deactivateApplication({ appId: app.id });
    await client.applicationApi.deleteApplication({ appId: app.id });
    assert.equal(await status(client.applicationApi.getApplication({ appId: app.id })), 404);
  },

  async trustedOriginLifecycle() {
    const created = await client.trustedOriginApi.createTrustedOrigin({
      trustedOrigin: {
        name: 'tenant-a',
        origin: 'https://a.example.com',
        scopes: [{ type: 'CORS' }, { type: 'REDIRECT' }],
      },
    });
    assert.deepEqual(created.scopes.map((s) => s.type), ['CORS', 'REDIRECT']);
    const deactivated = await client.trustedOriginApi.deactivateTrustedOrigin({
      trustedOriginId: created.id,
    });
    assert.equal(deactivated.status, 'INACTIVE');
    const activated = await client.trustedOriginApi.activateTrustedOrigin({
      trustedOriginId: created.id,
    });
    assert.equal(activated.status, 'ACTIVE');
    created.name = 'tenant-a-2';
    const replaced = await client.trustedOriginApi.replaceTrustedOrigin({
      trustedOriginId: created.id,
      trustedOrigin: created,
    });
    assert.equal(replaced.name, 'tenant-a-2');
    const listed = await all(client.trustedOriginApi.listTrustedOrigins());
    assert.deepEqual(listed.map((o) => o.id), [created.id]);
    await client.trustedOriginApi.deleteTrustedOrigin({ trustedOriginId: created.id });
    assert.equal(
      await status(client.trustedOriginApi.getTrustedOrigin({ trustedOriginId: created.id })),
      404,
    );
  },

  async usersPagedMembershipsAndOwners() {
    const ids = [];
    for (let i = 0; i < 4; i++) {
      ids.push((await client.userApi.createUser({ body: newUser(`node${i}@example.com`), activate: false })).id);
    }
    const created = await client.userApi.getUser({ userId: 'node3@example.com' });
    assert.equal(created.id, ids[3]);
    assert.equal(created.status, 'STAGED');
    await client.userApi.activateUser({ userId: ids[3], sendEmail: false });
    const replaced = await client.userApi.replaceUser({
      userId: ids[3],
      user: { profile: { ...newUser('node3@example.com').profile, firstName: 'Augusta' } },
    });
    assert.equal(replaced.profile.firstName, 'Augusta');
    assert.equal(replaced.status, 'PROVISIONED');
    const listed = await all(client.userApi.listUsers({ limit: 2 }));
    assert.deepEqual(listed.map((u) => u.id), ids);

    const member = (await createGroup('members')).id;
    const other = (await createGroup('others')).id;
    await client.groupApi.assignUserToGroup({ groupId: member, userId: ids[0] });
    const groupsOfUser = await all(client.userApi.listUserGroups({ userId: ids[0] }));
    assert.deepEqual(groupsOfUser.map((g) => g.id), [member]);
    const members = await all(client.groupApi.listGroupUsers({ groupId: member }));
    assert.deepEqual(members.map((u) => u.id), [ids[0]]);

    const owner = await client.groupApi.assignGroupOwner({
      groupId: member,
      GroupOwner: { id: ids[1], type: 'USER' },
    });
    assert.equal(owner.id, ids[1]);
    assert.equal(owner.type, 'USER');
    assert.equal(owner.displayName, 'Ada Lovelace');
    await client.groupApi.assignGroupOwner({ groupId: member, GroupOwner: { id: other, type: 'GROUP' } });
    const owners = await all(client.groupApi.listGroupOwners({ groupId: member }));
    assert.deepEqual(owners.map((o) => o.id), [ids[1], other]);
    await client.groupApi.deleteGroupOwner({ groupId: member, ownerId: ids[1] });
    const remaining = await all(client.groupApi.listGroupOwners({ groupId: member }));
    assert.deepEqual(remaining.map((o) => o.id), [other]);

    await client.userApi.deleteUser({ userId: ids[0] });
    await client.userApi.deleteUser({ userId: ids[0] });
    assert.equal(await status(client.userApi.getUser({ userId: ids[0] })), 404);
    assert.deepEqual(await all(client.groupApi.listGroupUsers({ groupId: member })), []);
  },

  async orgMetadata() {
    const metadata = await client.orgSettingApi.getWellknownOrgMetadata();
    assert.match(metadata.id, /^00o/);
    assert.equal(metadata.pipeline, 'idx');
    assert.equal(metadata._links.organization.href, process.env.OKTA_ORG_URL);
  },
};

async function main() {
  const only = process.argv.slice(2);
  let passed = 0;
  let failed = 0;
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (only.length > 0 && !only.includes(name)) {
      continue;
    }
    await fetch(`${process.env.OKTA_ORG_URL}/__simulator/reset`, { method: 'POST' });
    try {
      await scenario();
      passed++;
      console.log(`PASS ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}: ${e.stack || e}`);
    }
  }
  console.log(`node-sdk scenarios: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

main();
