-- Applications: one installation of a product (EFS, DV, ...) for a tenant.
create table application (
    application_id  uuid         primary key,
    tenant_key      varchar(40)  not null references tenant (tenant_key),
    kind            varchar(20)  not null,
    status          varchar(16)  not null,
    status_reason   varchar(2000),
    version         bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index application_tenant_idx on application (tenant_key);

create table application_base_url (
    application_id  uuid          not null references application (application_id) on delete cascade,
    alias           varchar(253)  not null,
    base_url        varchar(2000) not null,
    primary key (application_id, alias)
);

-- Okta resources the adapter created or adopted, with the fingerprint of their desired state.
create table okta_resource (
    resource_type   varchar(40)   not null,
    okta_id         varchar(100)  not null,
    name            varchar(255)  not null,
    tenant_key      varchar(40)   not null references tenant (tenant_key),
    application_id  uuid          references application (application_id),
    fingerprint     varchar(64)   not null,
    recorded_at     timestamptz   not null,
    primary key (resource_type, okta_id)
);
create index okta_resource_tenant_idx on okta_resource (tenant_key);
