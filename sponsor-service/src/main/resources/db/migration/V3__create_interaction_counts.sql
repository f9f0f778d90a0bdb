-- Impressions and clicks per booking, day (Copenhagen time) and channel, as counted from the interactions topic.
create table interaction_count (
    booking_id          uuid not null,
    day                 date not null,
    channel             text not null,
    impressions         bigint not null default 0,
    clicks              bigint not null default 0,
    primary key (booking_id, day, channel)
);

-- Interaction events already counted: a redelivered event is recognised by its id and counted once.
create table counted_interaction (
    event_id            uuid primary key,
    counted_at          timestamptz not null
);

create index counted_interaction_age on counted_interaction (counted_at);
