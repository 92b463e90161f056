--liquibase formatted sql

--changeset buyzet:011-notifications context:schema
-- In-app notifications, one row per member. What happened is kept as a kind and its details,
-- so that each reader sees it in their own language.
create table notification (
    id            bigint      generated always as identity primary key,
    member_id     bigint      not null references member (id),
    kind          text        not null,
    detail        text,
    subject_title text        not null,
    link          text        not null,
    created_at    timestamptz not null default now(),
    read_at       timestamptz
);
create index notification_member_idx on notification (member_id, created_at desc, id desc);
create index notification_unread_idx on notification (member_id) where read_at is null;
--rollback drop table notification;
