-- A service's own first migration, which sorts after the outbox's V0_1.
create table notice (
    id    uuid primary key,
    title text not null
);
