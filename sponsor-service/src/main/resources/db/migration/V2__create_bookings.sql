create table booking (
    id                  uuid primary key,
    advertiser_id       text not null references advertiser (id),
    product             text not null,
    status              text not null,
    -- Increases with every save; the ETag, and the revision placement events carry.
    revision            bigint not null,
    first_day           date not null,
    last_day            date not null,
    flight_start        timestamptz not null,
    flight_end          timestamptz not null,
    -- The flight, for products sold exclusively; null for the others, which never collide.
    slot_range          tstzrange,
    themes              text[] not null,
    creative            jsonb not null,
    event_listing       jsonb,
    job_ad              jsonb,
    price_ore           bigint not null,
    currency            text not null,
    decision_reason     text,
    ever_activated      boolean not null default false,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check (last_day >= first_day),
    check (flight_end > flight_start),
    -- Two bookings never hold the same exclusive slot, whatever the timing of the requests.
    constraint booking_exclusive_slots_do_not_overlap
        exclude using gist (product with =, slot_range with &&)
        where (status in ('REQUESTED', 'APPROVED', 'ACTIVE'))
);

create index booking_advertiser on booking (advertiser_id, created_at desc);
create index booking_activation_due on booking (flight_start) where status = 'APPROVED';
create index booking_expiry_due on booking (flight_end) where status = 'ACTIVE';
