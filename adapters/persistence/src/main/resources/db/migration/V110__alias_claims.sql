-- Alias ownership (ADR 0018). tenant_alias keeps the aliases a tenant holds (VERIFIED: on a
-- platform domain, proven over DNS, or approved); alias_claim keeps the claims not proven yet
-- (PENDING_VERIFICATION). A claim blocks no one: several tenants may claim one host; the first to
-- prove it gets it and the other claims are dropped.
create table alias_claim (
    tenant_key     varchar(40)   not null references tenant (tenant_key) on delete cascade,
    host           varchar(253)  not null,
    token          varchar(100)  not null,
    created_at     timestamptz   not null,
    expires_at     timestamptz   not null,
    next_check_at  timestamptz   not null,
    primary key (tenant_key, host)
);
create index alias_claim_host_idx on alias_claim (host);
create index alias_claim_due_idx on alias_claim (next_check_at);

-- Every alias that exists at this point counts as verified; the audit log says so.
insert into audit_log (id, at, actor_kind, actor_id, action, target_type, target_id, tenant_key,
                       request_id, before, after)
select md5('v110:' || a.host)::uuid, now(), 'SYSTEM', 'migration-v110', 'tenant.alias-verify', 'tenant',
       a.tenant_key, a.tenant_key, null, '{}'::jsonb,
       jsonb_build_object('alias', a.host, 'status', 'VERIFIED', 'proof', 'existing alias migrated as verified')
  from tenant_alias a;
