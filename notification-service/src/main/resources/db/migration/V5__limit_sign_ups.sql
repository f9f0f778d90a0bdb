-- Bucket4j's token buckets of the sign-up limits (per client address, per mailbox, for all clients), shared by every
-- instance. A key names the limit and its subject: a client address (an IPv6 address by its /64) or the keyed hash of
-- a mailbox (see suppressions), never an address in clear. expires_at (epoch milliseconds) is when a bucket would be
-- full again, after which the purge deletes it.
create table sign_up_buckets (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
create index sign_up_buckets_by_expiry on sign_up_buckets (expires_at);

-- The purge of unconfirmed sign-ups finds pending subscribers by their last sign-up.
create index subscribers_pending_by_update on subscribers (updated_at) where status = 'PENDING';
create index consents_unconfirmed_by_request on consents (requested_at) where confirmed_at is null;
