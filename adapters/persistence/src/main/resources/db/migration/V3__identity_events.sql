-- Okta System Log events received through event hooks; the uuid is Okta's stable event id and
-- the de-duplication key across deliveries and retries.
create table okta_event (
    uuid            varchar(100)  primary key,
    event_type      varchar(200)  not null,
    published       timestamptz   not null,
    actor           text,
    targets         text          not null,
    outcome_result  varchar(100),
    data            text          not null,
    delivery_id     varchar(100),
    org_url         varchar(1000),
    received_at     timestamptz   not null
);
create index okta_event_received_idx on okta_event (received_at);
create index okta_event_type_received_idx on okta_event (event_type, received_at);

-- Authenticated deliveries that could not be parsed or validated, kept for operators.
create table event_quarantine (
    id          bigint generated always as identity primary key,
    received_at timestamptz    not null,
    reason      varchar(2000)  not null,
    body        text           not null,
    truncated   boolean        not null
);
create index event_quarantine_received_idx on event_quarantine (received_at);

-- Redelivery appends the same event id again, so the outbox no longer forbids repeats; the
-- event log above is what de-duplicates.
alter table outbox_event drop constraint outbox_event_stream_event_id_key;
create index outbox_event_event_idx on outbox_event (event_id);
alter table outbox_event add column dead_lettered boolean not null default false;
