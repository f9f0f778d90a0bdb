-- The delivery log: one row per mail, unique per (subscriber, kind, reference), written before the mail is handed to
-- SMTP, so a redelivered request never sends the same mail twice.
create table deliveries (
    delivery_id   uuid        primary key,
    subscriber_id uuid        not null,
    kind          text        not null,
    reference     text        not null,
    state         text        not null check (state in ('SENDING', 'SENT')),
    claimed_at    timestamptz not null,
    sent_at       timestamptz,
    unique (subscriber_id, kind, reference)
);

-- Articles that have been alerted, so a replay, update or correction never alerts again.
create table theme_alerts (
    article_id uuid        primary key,
    themes     text[]      not null,
    state      text        not null check (state in ('QUEUEING', 'QUEUED')),
    started_at timestamptz not null,
    queued_at  timestamptz,
    recipients integer
);
