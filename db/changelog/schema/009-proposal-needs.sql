--liquibase formatted sql

--changeset buyzet:009-proposal-needs context:schema
-- A joint-purchase proposal gathers published needs of its forum, from any agency; its
-- footprint is the sum of theirs.
create table proposal_need (
    proposal_id bigint      not null references submission (id),
    need_id     bigint      not null references submission (id),
    linked_by   bigint      not null references member (id),
    linked_at   timestamptz not null default now(),
    primary key (proposal_id, need_id),
    check (proposal_id <> need_id)
);
create index proposal_need_need_idx on proposal_need (need_id);
--rollback drop table proposal_need;
