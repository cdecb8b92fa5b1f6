-- Notification outbox (ADR 0013): e-mails to send, written in the transaction of the change that
-- causes them and sent later by a worker on any replica. Rows are data (kind, language, values),
-- not rendered text, and never hold a secret.
create table notification_outbox (
    id               bigint generated always as identity primary key,
    kind             varchar(60)   not null,
    recipients       text          not null,
    language         varchar(2)    not null,
    tenant_key       varchar(100),
    payload          text          not null,
    -- A second notification with the same key is dropped (resumed jobs, checks on every replica).
    dedup_key        varchar(255)  unique,
    status           varchar(10)   not null default 'PENDING',
    attempts         integer       not null default 0,
    -- Due time of a pending row; a claim moves it forward by the lease.
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    constraint notification_outbox_status_check check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index notification_outbox_due_idx on notification_outbox (next_attempt_at)
    where status = 'PENDING';
create index notification_outbox_failed_idx on notification_outbox (status)
    where status = 'FAILED';
