--liquibase formatted sql

--changeset buyzet:030-password-reset context:schema
-- "Forgot password" for local accounts. Only a hash of the mailed token is kept, so a database
-- copy opens no account; a link works once, for 30 minutes, and using one ends all the member's
-- other links. Owned by the security feature.
create table password_reset (
    id          bigint      generated always as identity primary key,
    member_id   bigint      not null references member (id) on delete cascade,
    token_hash  text        not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_member_idx on password_reset (member_id, created_at);
--rollback drop table password_reset;
