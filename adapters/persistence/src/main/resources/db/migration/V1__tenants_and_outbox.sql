-- Tenants: the desired state and lifecycle of each customer tenant.
create table tenant (
    tenant_key      varchar(40)  primary key,
    display_name    varchar(100) not null,
    mfa_mode        varchar(16)  not null,
    status          varchar(16)  not null,
    status_reason   varchar(2000),
    version         bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

-- An alias (host name) belongs to exactly one tenant.
create table tenant_alias (
    host        varchar(253) primary key,
    tenant_key  varchar(40)  not null references tenant (tenant_key) on delete cascade
);
create index tenant_alias_tenant_idx on tenant_alias (tenant_key);

create table tenant_admin_contact (
    tenant_key  varchar(40)  not null references tenant (tenant_key) on delete cascade,
    position    integer      not null,
    email       varchar(254) not null,
    primary key (tenant_key, position)
);

-- Transactional outbox: events committed with the state change that caused them, published by
-- the relay. bucket = hash(partition key) mod 16: a relay locks one bucket at a time, so events
-- of one key are published by one replica at a time, in position order.
create table outbox_event (
    position        bigint generated always as identity primary key,
    stream          varchar(40)   not null,
    partition_key   varchar(255)  not null,
    bucket          smallint      not null,
    event_id        varchar(255)  not null,
    event_source    varchar(1000) not null,
    event_type      varchar(255)  not null,
    event_subject   varchar(1000),
    event_time      timestamptz   not null,
    extensions      text          not null,
    data            text          not null,
    created_at      timestamptz   not null,
    published_at    timestamptz,
    attempts        integer       not null default 0,
    last_error      varchar(2000),
    unique (stream, event_id)
);
create index outbox_event_unpublished_idx on outbox_event (bucket, position) where published_at is null;
