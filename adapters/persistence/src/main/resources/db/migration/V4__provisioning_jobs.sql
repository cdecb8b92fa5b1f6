-- Provisioning jobs: one unit of work on a tenant's Okta resources. A runner holds a job through
-- a lease (lease_owner, lease_until) that it renews after every step; a job whose lease ran out is
-- taken over by another runner and resumed.
create table provisioning_job (
    job_id              uuid          primary key,
    tenant_key          varchar(40)   not null references tenant (tenant_key),
    kind                varchar(16)   not null,
    status              varchar(16)   not null,
    idempotency_key     varchar(255)  unique,
    request_fingerprint varchar(64)   not null,
    result              varchar(4000),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    lease_owner         varchar(200),
    lease_until         timestamptz
);
create index provisioning_job_unfinished_idx on provisioning_job (created_at)
    where status in ('QUEUED', 'RUNNING');
create index provisioning_job_tenant_idx on provisioning_job (tenant_key, created_at);

-- The steps of a job, in plan order, with the Okta id each one created or touched.
create table provisioning_job_step (
    job_id          uuid          not null references provisioning_job (job_id) on delete cascade,
    position        integer       not null,
    action          varchar(16)   not null,
    resource_type   varchar(40)   not null,
    resource_name   varchar(255)  not null,
    status          varchar(16)   not null,
    okta_id         varchar(100),
    detail          varchar(2000),
    primary key (job_id, position)
);
