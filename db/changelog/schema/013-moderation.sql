--liquibase formatted sql

--changeset buyzet:013-moderation context:schema
-- Members flag content with a reason. One open flag per organisation and piece of content, so
-- that the auto-hide threshold counts organisations, not clicks.
create table flag (
    id              bigint      generated always as identity primary key,
    submission_id   bigint      not null references submission (id),
    comment_id      bigint      references submission_comment (id),
    forum_id        bigint      not null references forum (id),
    flagged_by      bigint      not null references member (id),
    organisation_id bigint      not null references organisation (id),
    reason          text        not null check (reason in ('OFF_TOPIC', 'INAPPROPRIATE', 'SPAM', 'ILLEGAL',
                                                           'CONFIDENTIAL_EXPOSED', 'OTHER')),
    note            text        check (length(note) <= 1000),
    created_at      timestamptz not null default now(),
    handled_at      timestamptz,
    handled_by      bigint      references member (id),
    outcome         text        check (outcome in ('RESTORED', 'HIDDEN')),
    alerted_at      timestamptz,
    check ((handled_at is null) = (outcome is null))
);
create unique index flag_open_once_idx on flag (submission_id, coalesce(comment_id, 0), organisation_id)
    where handled_at is null;
create index flag_open_forum_idx on flag (forum_id, created_at) where handled_at is null;
--rollback drop table flag;
