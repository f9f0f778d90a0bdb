-- The W3C trace context (traceparent, tracestate) of the span each event was appended in, which the relay continues
-- when it sends the event and writes into the record's headers; a parked event keeps it for when it is sent again.
-- Null for events appended outside any trace, and for those appended before this column existed.
--
-- Repeatable, like R__create_event_outbox_parked (which runs before it: repeatable migrations run in the order of
-- their descriptions), for the same reason; every statement here must be safe to run again.
alter table event_outbox add column if not exists trace_parent text;
alter table event_outbox add column if not exists trace_state text;
alter table event_outbox_parked add column if not exists trace_parent text;
alter table event_outbox_parked add column if not exists trace_state text;
