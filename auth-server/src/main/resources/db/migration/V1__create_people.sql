-- The people who sign in at the issuer. A username is an e-mail address, kept in lower case so that it matches
-- whatever case a person types. After too many failed attempts in a row, locked_until says when a sign-in may work again.
CREATE TABLE people (
    username        text PRIMARY KEY CHECK (username = lower(username)),
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    roles           text[]      NOT NULL,
    advertiser_id   text,
    enabled         boolean     NOT NULL DEFAULT true,
    failed_attempts integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz
);
