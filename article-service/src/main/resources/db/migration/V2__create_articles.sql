create table article (
    id                      uuid primary key,
    status                  text not null,
    -- Increases with every save; the ETag, and the revision number of the current content.
    revision                bigint not null,
    slug                    text not null unique,
    language                text not null,
    headline                text not null,
    teaser                  text not null,
    body_html               text not null,
    author_ids              text[] not null,
    sign_off                text,
    section_slug            text not null references section (slug),
    theme_slugs             text[] not null,
    lead_image              jsonb,
    read_also               uuid[] not null,
    canonical_url           text,
    source                  text,
    publish_at              timestamptz,
    unpublish_at            timestamptz,
    unpublish_reason        text,
    first_published_at      timestamptz,
    last_updated_at         timestamptz,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

create index article_status_updated on article (status, updated_at desc);
create index article_themes on article using gin (theme_slugs);
create index article_authors on article using gin (author_ids);
create index article_publish_due on article (publish_at) where status = 'SCHEDULED';
create index article_unpublish_due on article (unpublish_at) where status = 'PUBLISHED';

-- Every slug an article has had; an old one redirects to the current one.
create table article_slug (
    slug        text primary key,
    article_id  uuid not null references article (id)
);

create table article_correction (
    article_id   uuid not null references article (id),
    position     int not null,
    note         text not null,
    corrected_at timestamptz not null,
    primary key (article_id, position)
);

-- Every save, as the editable content it saved.
create table article_revision (
    article_id  uuid not null references article (id),
    revision    bigint not null,
    content     jsonb not null,
    status      text not null,
    saved_at    timestamptz not null,
    saved_by    text not null,
    primary key (article_id, revision)
);
