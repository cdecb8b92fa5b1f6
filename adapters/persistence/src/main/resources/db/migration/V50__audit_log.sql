-- Append-only audit log of every change (ADR 0014): who, when, what, request or command id and a
-- before/after summary (never secrets). Rows are only ever inserted: a trigger refuses UPDATE and
-- DELETE (and TRUNCATE) for every database user, the application's included.
create table audit_log (
    position    bigint generated always as identity primary key,
    id          uuid          not null unique,
    at          timestamptz   not null,
    actor_kind  varchar(20)   not null,
    actor_id    varchar(300)  not null,
    action      varchar(100)  not null,
    target_type varchar(50)   not null,
    target_id   varchar(300)  not null,
    tenant_key  varchar(40),
    request_id  varchar(200),
    before      jsonb,
    after       jsonb
);
create index audit_log_at_idx on audit_log (at desc, position desc);
create index audit_log_tenant_at_idx on audit_log (tenant_key, at desc);
create index audit_log_actor_at_idx on audit_log (actor_id, at desc);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
