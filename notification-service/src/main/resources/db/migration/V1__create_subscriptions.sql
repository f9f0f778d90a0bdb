-- Readers who signed up. Only an ACTIVE subscriber (one who confirmed the double opt-in) is ever sent anything but
-- the confirmation mail itself.
create table subscribers (
    subscriber_id uuid        primary key,
    email         text        not null unique,
    -- The suppression key of the address (see suppressions), so sending checks suppression in the same lookup.
    email_hash    text        not null,
    status        text        not null check (status in ('PENDING', 'ACTIVE', 'UNSUBSCRIBED')),
    language      text        not null check (language in ('da', 'en')),
    newsletter    boolean     not null,
    event_news    boolean     not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

-- The themes a subscriber wants immediate alerts for; read by theme when an article is published.
create table subscriber_themes (
    theme         text not null,
    subscriber_id uuid not null references subscribers on delete cascade,
    primary key (theme, subscriber_id)
);
create index subscriber_themes_by_subscriber on subscriber_themes (subscriber_id);

-- Evidence of consent (GDPR Art. 7): what was asked, on which form under which wording, and when it was confirmed
-- or withdrawn. One row per sign-up, so a re-subscription keeps the history.
create table consents (
    consent_id            uuid        primary key,
    subscriber_id         uuid        not null references subscribers on delete cascade,
    requested_at          timestamptz not null,
    form                  text        not null,
    wording_version       text        not null,
    requested_preferences jsonb       not null,
    confirmed_at          timestamptz,
    withdrawn_at          timestamptz
);
create index consents_by_subscriber on consents (subscriber_id, requested_at);

-- Addresses that must not be mailed, kept only as a keyed hash (HMAC-SHA256), so a forgotten reader's address is not
-- stored in clear while a bounced or erased address still stays suppressed.
create table suppressions (
    email_hash    text        primary key,
    reason        text        not null check (reason in ('FORGOTTEN', 'HARD_BOUNCE')),
    suppressed_at timestamptz not null
);
