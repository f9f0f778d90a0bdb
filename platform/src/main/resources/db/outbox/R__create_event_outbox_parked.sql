-- Events Kafka refused for good (too large, invalid), moved here by the outbox relay in the transaction that would
-- have deleted them from event_outbox, so every later event still goes out. An operator lists them, sends one again
-- once the cause is fixed, or discards it: GET, POST .../{position}/resend, DELETE /api/admin/outbox/parked/{position}.
--
-- Repeatable rather than V0_2: a service's own migrations (V1, V2, ...) have run past 0.2 already, and Flyway refuses
-- a versioned migration below the newest applied one. So every statement here must be safe to run again.
create table if not exists event_outbox_parked (
    -- The event's position in event_outbox, which it takes back when it is sent again.
    position     bigint      primary key,
    event_id     uuid        not null,
    event_type   text        not null,
    aggregate_id text        not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null,
    appended_at  timestamptz not null,
    parked_at    timestamptz not null default now(),
    -- Kafka's refusal, with the name of its error.
    reason       text        not null,
    -- The first later event of the same aggregate that went out after this one was parked.
    overtaken_by uuid
);

create index if not exists event_outbox_parked_aggregate on event_outbox_parked (aggregate_id);
