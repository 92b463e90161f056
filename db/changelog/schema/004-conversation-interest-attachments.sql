--liquibase formatted sql

--changeset buyzet:004-audit-event context:schema
-- The audit trail. Rows are only ever added: the triggers below refuse changes and deletions
-- from every database user, the application's own included, so the trail holds in a complaint.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default now(),
    actor_id     bigint references member (id),
    actor_name   text,
    action       text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    details      jsonb       not null default '{}'::jsonb
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, occurred_at desc);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
--rollback drop table audit_event;

--changeset buyzet:004-audit-append-only context:schema splitStatements:false
create function audit_event_is_append_only() returns trigger language plpgsql as
'begin raise exception ''audit_event is append-only: % refused'', tg_op using errcode = ''insufficient_privilege''; end';
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
--rollback drop trigger audit_event_no_update on audit_event; drop trigger audit_event_no_truncate on audit_event; drop function audit_event_is_append_only();

--changeset buyzet:004-comments context:schema
create table submission_comment (
    id              bigint generated always as identity primary key,
    submission_id   bigint      not null references submission (id),
    -- one level of replies: a reply's parent is a top-level comment (checked by the service)
    parent_id       bigint      references submission_comment (id),
    author_id       bigint      not null references member (id),
    organisation_id bigint      not null references organisation (id),
    body            text        not null check (length(trim(body)) between 1 and 5000),
    created_at      timestamptz not null default now(),
    edited_at       timestamptz,
    hidden          boolean     not null default false,
    hidden_reason   text,
    hidden_by       bigint      references member (id),
    hidden_at       timestamptz,
    version         integer     not null default 0,
    constraint comment_hidden_has_reason check (not hidden or hidden_reason is not null)
);
-- a submission's threads in order, and each thread's replies
create index submission_comment_top_idx on submission_comment (submission_id, created_at, id) where parent_id is null;
create index submission_comment_reply_idx on submission_comment (parent_id, created_at, id) where parent_id is not null;
--rollback drop table submission_comment;

--changeset buyzet:004-interest context:schema
create table submission_interest (
    submission_id   bigint      not null references submission (id),
    organisation_id bigint      not null references organisation (id),
    member_id       bigint      not null references member (id),
    created_at      timestamptz not null default now(),
    primary key (submission_id, organisation_id)
);
--rollback drop table submission_interest;

--changeset buyzet:004-attachments context:schema
create table submission_attachment (
    id            bigint generated always as identity primary key,
    submission_id bigint      not null references submission (id),
    file_name     text        not null check (length(file_name) between 1 and 255),
    media_type    text        not null,
    size_bytes    integer     not null check (size_bytes between 1 and 20971520),
    sha256        char(64)    not null,
    confidential  boolean     not null default false,
    uploaded_by   bigint      not null references member (id),
    uploaded_at   timestamptz not null default now(),
    removed_at    timestamptz
);
create index submission_attachment_idx on submission_attachment (submission_id, id);
-- content in chunks, so that a download streams chunk by chunk instead of holding 20 MB in memory
create table submission_attachment_chunk (
    attachment_id bigint  not null references submission_attachment (id) on delete cascade,
    seq           integer not null,
    data          bytea   not null,
    primary key (attachment_id, seq)
);
--rollback drop table submission_attachment_chunk; drop table submission_attachment;
