--liquibase formatted sql

--changeset buyzet:015-sign-up context:schema
-- A supplier's sign-up waits here until its email address is confirmed; only then are its
-- organisation (pending verification by a moderator) and member created. The link's token is
-- kept as a hash, so a database copy gives no one a way in.
create table sign_up (
    id                bigint      generated always as identity primary key,
    token_hash        text        not null unique,
    organisation_name text        not null check (length(trim(organisation_name)) between 1 and 200),
    country           char(2)     not null,
    org_number        char(9),
    vat_number        text,
    display_name      text        not null check (length(trim(display_name)) between 1 and 200),
    email             text        not null,
    password_hash     text        not null,
    locale            text,
    created_at        timestamptz not null default now(),
    expires_at        timestamptz not null,
    confirmed_at      timestamptz
);
create index sign_up_email_idx on sign_up (lower(email));
--rollback drop table sign_up;

--changeset buyzet:015-organisation-verification context:schema
alter table organisation add column verified_at timestamptz;
alter table organisation add column verified_by bigint references member (id);
alter table organisation add column status_reason text;
create index organisation_pending_idx on organisation (created_at, id) where status = 'PENDING';
--rollback alter table organisation drop column verified_at, drop column verified_by, drop column status_reason;

--changeset buyzet:015-pre-moderation context:schema
-- Posts of an organisation that is not yet verified wait for a moderator before anyone sees them.
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check
    check (status in ('DRAFT', 'AWAITING_REVIEW', 'PUBLISHED', 'WITHDRAWN'));
create index submission_awaiting_review_idx on submission (forum_id, updated_at) where status = 'AWAITING_REVIEW';
--rollback alter table submission drop constraint submission_status_check; alter table submission add constraint submission_status_check check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN'));

--changeset buyzet:015-audit-action-index context:schema
-- Admins search the trail by the start of an action ("market-dialogue.").
create index audit_event_action_idx on audit_event (action text_pattern_ops, occurred_at desc);
--rollback drop index audit_event_action_idx;
