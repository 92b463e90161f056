--liquibase formatted sql

--changeset buyzet:001-organisation context:schema
create table organisation (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(trim(name)) between 1 and 200),
    kind        text        not null check (kind in ('PUBLIC_AGENCY', 'SUPPLIER')),
    country     char(2)     not null check (country ~ '^[A-Z]{2}$'),
    org_number  char(9)     unique check (org_number ~ '^[0-9]{9}$'),
    vat_number  text        unique check (vat_number ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'),
    status      text        not null default 'ACTIVE' check (status in ('ACTIVE', 'PENDING', 'BLOCKED')),
    created_at  timestamptz not null default now(),
    version     integer     not null default 0,
    constraint organisation_identified check (org_number is not null or vat_number is not null)
);
create index organisation_name_idx on organisation (lower(name), id);
create index organisation_kind_name_idx on organisation (kind, lower(name), id);
--rollback drop table organisation;

--changeset buyzet:001-member context:schema
create table member (
    id               bigint generated always as identity primary key,
    organisation_id  bigint      not null references organisation (id),
    email            text        not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    display_name     text        not null check (length(trim(display_name)) between 1 and 200),
    roles            text[]      not null default '{}'
                                 check (roles <@ array['AGENCY', 'SUPPLIER', 'MODERATOR', 'ADMIN']::text[]),
    keycloak_subject text        unique,
    preferred_locale text,
    active           boolean     not null default true,
    created_at       timestamptz not null default now(),
    version          integer     not null default 0
);
create unique index member_email_uq on member (lower(email));
create index member_organisation_idx on member (organisation_id, lower(display_name), id);
create index member_name_idx on member (lower(display_name), id);
--rollback drop table member;

--changeset buyzet:001-local-account context:schema
-- Local sign-in (the embedded default). Owned by the security feature; Keycloak mode leaves it empty.
create table local_account (
    member_id     bigint primary key references member (id) on delete cascade,
    password_hash text        not null,
    updated_at    timestamptz not null default now()
);
--rollback drop table local_account;
