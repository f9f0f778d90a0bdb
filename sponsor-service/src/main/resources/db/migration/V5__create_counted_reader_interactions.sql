-- When a reader's click on (or impression of) a booking was last counted: another within the reader window is not.
-- The reader is a keyed hash of address and user agent (see Readers); neither is stored. Rows older than the window
-- are forgotten hourly.
create table counted_reader_interaction (
    booking_id          uuid not null,
    reader_key          text not null,
    kind                text not null check (kind in ('CLICK', 'IMPRESSION')),
    counted_at          timestamptz not null,
    primary key (booking_id, reader_key, kind)
);

create index counted_reader_interaction_age on counted_reader_interaction (counted_at);
