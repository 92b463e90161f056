--liquibase formatted sql

--changeset buyzet:018-membership-requests context:schema
-- In Keycloak mode a person the portal does not know asks for membership by signing in; an
-- administrator adds them to their organisation (then the next sign-in links them) or declines.
create table membership_request (
    id               bigint      generated always as identity primary key,
    keycloak_subject text        not null unique,
    email            text        not null,
    display_name     text        not null,
    created_at       timestamptz not null default now(),
    handled_at       timestamptz,
    outcome          text        check (outcome in ('ADDED', 'DECLINED'))
);
create index membership_request_open_idx on membership_request (created_at, id) where handled_at is null;
--rollback drop table membership_request;
