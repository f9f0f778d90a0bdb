-- Events committed in the same transaction as the state change they describe, waiting for the outbox relay to send
-- them to Kafka. A row is deleted once the broker has acknowledged its event, so the table holds only the backlog.
create table event_outbox (
    -- Send order. The primary key index is the one the relay reads: the lowest positions first, a batch at a time.
    position     bigserial   primary key,
    event_id     uuid        not null unique,
    event_type   text        not null,
    aggregate_id text        not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null,
    appended_at  timestamptz not null default now()
);
