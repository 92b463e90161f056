--liquibase formatted sql

--changeset buyzet:017-subscriptions context:schema
-- What a member follows: a forum, a submission, a CPV category (stored as the code's significant
-- prefix, so "905" follows every code under 90500000) or a search (the words typed).
create table subscription (
    id         bigint      generated always as identity primary key,
    member_id  bigint      not null references member (id),
    kind       text        not null check (kind in ('FORUM', 'SUBMISSION', 'CPV', 'SEARCH')),
    target     text        not null check (length(target) between 1 and 200),
    label      text        not null check (length(label) between 1 and 300),
    created_at timestamptz not null default now(),
    unique (member_id, kind, target)
);
create index subscription_target_idx on subscription (kind, target);
--rollback drop table subscription;
