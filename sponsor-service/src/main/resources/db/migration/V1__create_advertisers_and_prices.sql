-- Organisations that buy placements; the id is the token's advertiser_id claim.
create table advertiser (
    id                  text primary key,
    name                text not null,
    logo_url            text,
    contact_name        text not null,
    contact_email       text not null,
    contact_phone       text,
    invoice_company     text not null,
    invoice_cvr         text,
    invoice_address     text not null,
    invoice_email       text not null,
    -- Increases with every save; the ETag.
    revision            bigint not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

-- Gives exclusion constraints equality on plain columns (product) next to range overlap.
create extension if not exists btree_gist;

-- The price of a product per day, for a period of days (valid_until exclusive, null: until further notice).
create table price (
    id                  uuid primary key,
    product             text not null,
    valid_from          date not null,
    valid_until         date,
    price_per_day_ore   bigint not null check (price_per_day_ore > 0),
    currency            text not null,
    created_at          timestamptz not null,
    check (valid_until is null or valid_until > valid_from),
    constraint price_periods_do_not_overlap
        exclude using gist (product with =, daterange(valid_from, valid_until) with &&)
);
