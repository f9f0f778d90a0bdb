create table author (
    id          text primary key,
    name        text not null,
    created_at  timestamptz not null default now()
);

create table section (
    slug        text primary key,
    name        text not null,
    created_at  timestamptz not null default now()
);

create table theme (
    slug        text primary key,
    name        text not null,
    created_at  timestamptz not null default now()
);
