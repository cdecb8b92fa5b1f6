-- What a reconcile does when Okta drifted from a tenant's desired state: REPORT or REPAIR.
alter table tenant add column drift_policy varchar(16) not null default 'REPAIR';

-- The outcome of a tenant's last drift check (one row per tenant, replaced by each check).
create table tenant_drift (
    tenant_key  varchar(40)  primary key references tenant (tenant_key) on delete cascade,
    status      varchar(16)  not null,
    findings    text         not null,
    checked_at  timestamptz  not null
);
