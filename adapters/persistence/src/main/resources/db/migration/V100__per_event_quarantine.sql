-- Quarantine entries per event (issue 18): a readable delivery stores its valid events and
-- quarantines each invalid one on its own; operators reprocess or discard entries.
alter table event_quarantine
    add column kind        varchar(20)   not null default 'DELIVERY',
    add column delivery_id varchar(100),
    add column source      varchar(1000),
    add column event_index integer,
    add column event_uuid  varchar(100),
    add column event_type  varchar(200),
    add column status      varchar(20)   not null default 'QUARANTINED',
    add column resolved_at timestamptz,
    add column resolved_by varchar(200),
    add column resolution  varchar(2000);
alter table event_quarantine
    add constraint event_quarantine_kind_check check (kind in ('DELIVERY', 'EVENT')),
    add constraint event_quarantine_status_check
        check (status in ('QUARANTINED', 'REPROCESSED', 'DISCARDED'));
-- Okta's retry of a delivery (same eventId) does not quarantine its invalid events twice.
create unique index event_quarantine_event_idx on event_quarantine (delivery_id, event_index)
    where kind = 'EVENT';
