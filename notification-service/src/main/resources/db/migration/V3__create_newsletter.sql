-- What the newsletter is assembled from: the published articles (from the articles topic) ...
create table articles (
    article_id        uuid        primary key,
    revision          bigint      not null,
    headline          text        not null,
    teaser            text        not null,
    url               text        not null,
    language          text        not null,
    themes            text[]      not null,
    theme_names       text[]      not null,
    first_published_at timestamptz not null,
    published         boolean     not null
);
create index articles_by_first_publication on articles (first_published_at) where published;

-- ... and the sponsored placements (from the placements topic): event listings and newsletter sponsor slots.
create table placements (
    booking_id      uuid        primary key,
    revision        bigint      not null,
    product         text        not null,
    advertiser_name text        not null,
    label           text        not null,
    flight_start    timestamptz not null,
    flight_end      timestamptz not null,
    title           text        not null,
    teaser          text,
    link_url        text        not null,
    event_date      date,
    event_time      time,
    event_place     text,
    event_organiser text,
    withdrawn       boolean     not null
);

-- One row per edition, with its contents frozen when assembled, so every subscriber gets the same newsletter.
create table editions (
    edition_id     uuid        primary key,
    due_at         timestamptz not null unique,
    covers_from    timestamptz not null,
    contents       jsonb       not null,
    state          text        not null check (state in ('QUEUEING', 'QUEUED')),
    assembled_at   timestamptz not null,
    queued_at      timestamptz,
    recipients     integer
);
