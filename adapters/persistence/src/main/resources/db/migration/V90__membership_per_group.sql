-- Memberships per tenant group (ADR 0011): a user may be in a tenant's users group and in its
-- admins group; each group's membership is kept (with its own tombstone) and the read model takes
-- the highest role among the groups the user is a member of.
alter table inline_membership add column group_id varchar(100) not null default '';

-- Rows written before this migration came from the tenant's groups without naming them: attribute
-- them to the tenant's users group where it is recorded.
update inline_membership m set group_id = r.okta_id
  from okta_resource r
 where r.resource_type = 'GROUP' and r.tenant_key = m.tenant_key
   and r.name = m.tenant_key || '-users' and m.group_id = '';

alter table inline_membership drop constraint inline_membership_pkey;
alter table inline_membership add primary key (user_id, tenant_key, group_id);
alter table inline_membership alter column group_id drop default;
