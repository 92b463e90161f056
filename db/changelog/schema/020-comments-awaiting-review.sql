--liquibase formatted sql

--changeset buyzet:020-comment-review context:schema
-- What members of organisations nobody has verified yet write waits for a moderator, like their
-- posts: only its author and the forum's moderators see it until it is published, and a rejected
-- one stays visible to its author with the moderator's reason.
alter table submission_comment add column status text not null default 'PUBLISHED'
    check (status in ('AWAITING_REVIEW', 'PUBLISHED', 'REJECTED'));
alter table submission_comment add column review_reason text;
alter table submission_comment add column reviewed_by bigint references member (id);
alter table submission_comment add column reviewed_at timestamptz;
create index submission_comment_awaiting_idx on submission_comment (created_at, id) where status = 'AWAITING_REVIEW';
--rollback drop index submission_comment_awaiting_idx; alter table submission_comment drop column status, drop column review_reason, drop column reviewed_by, drop column reviewed_at;
