-- Inline-hook read model (ADR 0011). Every replica keeps it in memory and reloads it when the
-- version below moves; statement-level triggers move it on every change of the data it reads, so
-- writers (provisioning, the event-hook projection, operators) need not know about it.
create table inline_read_model_version (
    id       smallint primary key check (id = 1),
    version  bigint   not null
);
insert into inline_read_model_version (id, version) values (1, 0);

-- User <-> tenant membership, projected from Okta's group membership events. Rows with
-- member = false are kept as tombstones so that a late or repeated "add" older than the "remove"
-- cannot bring the membership back.
create table inline_membership (
    user_id     varchar(100) not null,
    tenant_key  varchar(40)  not null references tenant (tenant_key) on delete cascade,
    role        varchar(40)  not null,
    member      boolean      not null,
    as_of       timestamptz  not null,
    primary key (user_id, tenant_key)
);

-- Okta users known from lifecycle and membership events: login -> id, for user-import matching.
create table inline_okta_user (
    user_id     varchar(100) primary key,
    login       varchar(320) not null,
    present     boolean      not null,
    as_of       timestamptz  not null
);
create index inline_okta_user_login_idx on inline_okta_user (lower(login)) where present;

-- E-mail domains from which a tenant accepts self-service registration.
create table tenant_registration_domain (
    domain      varchar(253) primary key,
    tenant_key  varchar(40)  not null references tenant (tenant_key) on delete cascade
);

create function inline_read_model_touch() returns trigger language plpgsql as $$
begin
    update inline_read_model_version set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger tenant_touches_read_model after insert or update or delete or truncate on tenant
    for each statement execute function inline_read_model_touch();
create trigger okta_resource_touches_read_model after insert or update or delete or truncate on okta_resource
    for each statement execute function inline_read_model_touch();
create trigger inline_membership_touches_read_model after insert or update or delete or truncate on inline_membership
    for each statement execute function inline_read_model_touch();
create trigger inline_okta_user_touches_read_model after insert or update or delete or truncate on inline_okta_user
    for each statement execute function inline_read_model_touch();
create trigger registration_domain_touches_read_model after insert or update or delete or truncate on tenant_registration_domain
    for each statement execute function inline_read_model_touch();

-- Password hashes of the legacy installations, read by the password-import inline hook.
-- scheme: bcrypt | pbkdf2-sha256 | sha256-salted (see JpaLegacyCredentialStore for encodings).
create table legacy_credential (
    login       varchar(320) primary key,
    scheme      varchar(20)  not null,
    hash        varchar(500) not null
);
create unique index legacy_credential_login_lower_idx on legacy_credential (lower(login));
