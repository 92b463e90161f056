--liquibase formatted sql

--changeset buyzet:003-submission context:schema
create table submission (
    id               bigint generated always as identity primary key,
    forum_id         bigint      not null references forum (id),
    kind             text        not null check (kind in ('NEED', 'SOLUTION', 'PROPOSAL')),
    title            text        not null check (length(trim(title)) between 1 and 200),
    summary          text        not null default '' check (length(summary) <= 1000),
    body_markdown    text        not null default '' check (length(body_markdown) <= 50000),
    status           text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    hidden           boolean     not null default false,
    hidden_reason    text,
    hidden_by        bigint      references member (id),
    hidden_at        timestamptz,
    author_id        bigint      not null references member (id),
    organisation_id  bigint      not null references organisation (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    published_at     timestamptz,
    version          integer     not null default 0,
    -- Norwegian and English stemming both, so that "avfallshenting" finds "avfallshentingen"
    -- and "collection" finds "collections"; title weighs most, then summary, then body
    search           tsvector generated always as (
        setweight(to_tsvector('norwegian', title), 'A') || setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('norwegian', summary), 'B') || setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('norwegian', body_markdown), 'C') || setweight(to_tsvector('english', body_markdown), 'C')
    ) stored,
    constraint submission_hidden_has_reason check (not hidden or hidden_reason is not null)
);
create index submission_search_idx on submission using gin (search);
-- a forum's list of published, visible submissions, newest first
create index submission_forum_published_idx on submission (forum_id, published_at desc, id desc)
    where status = 'PUBLISHED' and not hidden;
-- everything published, newest first, optionally by kind
create index submission_published_idx on submission (published_at desc, id desc)
    where status = 'PUBLISHED' and not hidden;
create index submission_kind_published_idx on submission (kind, published_at desc, id desc)
    where status = 'PUBLISHED' and not hidden;
create index submission_organisation_idx on submission (organisation_id, updated_at desc);

create table submission_cpv (
    submission_id bigint   not null references submission (id) on delete cascade,
    cpv_code      char(10) not null check (cpv_code ~ '^[0-9]{8}-[0-9]$'),
    position      smallint not null,
    primary key (submission_id, cpv_code)
);
create index submission_cpv_code_idx on submission_cpv (cpv_code, submission_id);
--rollback drop table submission_cpv; drop table submission;
