-- Commands received from other services over Kafka (ADR 0012): one row per command id, written in
-- the transaction of the command's effect and its result's outbox row. The primary key makes a
-- second execution of the same id fail and roll back, whichever replica attempts it. The latest
-- result is kept so that a duplicate gets it sent again.
create table processed_command (
    command_id     varchar(200)  primary key,
    command_type   varchar(255),
    command_source varchar(1000),
    tenant_key     varchar(40),
    result_key     varchar(255)  not null,
    job_id         uuid,
    resource_id    varchar(100),
    status         varchar(16)   not null,
    result_data    text          not null,
    results_sent   integer       not null,
    received_at    timestamptz   not null,
    updated_at     timestamptz   not null
);
create index processed_command_job_idx on processed_command (job_id) where job_id is not null;

-- Automatic session clean-ups queued by the event-hook rule (deactivated, suspended, removed from
-- a tenant's group), in the transaction that stores the event. Workers lease due rows with
-- FOR UPDATE SKIP LOCKED, so replicas never clear the same row at once.
create table session_cleanup (
    id           bigint generated always as identity primary key,
    user_id      varchar(100)  not null,
    reason       varchar(255)  not null,
    event_uuid   varchar(100)  not null unique,
    attempts     integer       not null default 0,
    due_at       timestamptz   not null,
    last_error   varchar(2000),
    created_at   timestamptz   not null
);
create index session_cleanup_due_idx on session_cleanup (due_at);
