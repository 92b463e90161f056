--liquibase formatted sql

--changeset buyzet:063-submission-cpv-forum-kind context:schema splitStatements:false
-- Issue 15, decision 058. A common word narrowed to a CPV code walks the code's submissions newest
-- first (060). With a forum or a kind as well, that walk read every one of the code's submissions to
-- test the forum and the kind on them, and found few: at 16 connections on the million these
-- searches took 80-180 ms each and half of the database's time for filtered searches. Each code row
-- now carries its submission's forum and kind as well as its date, kept by the same triggers, so an
-- index walks only the code's submissions in that forum, or of that kind, newest first.
--
-- Upgrade: this changeset only adds the columns (no rewrite) and the triggers, holding its table locks for
-- moments; the copy and the indexes follow in their own changesets, which let reads and writes go on. From
-- here on every new code row gets its forum and kind from the trigger, also from a node still on the old
-- version, so the copy that follows leaves no row behind.
--
-- Its locks are taken first and in the order the portal's writes take them (a submission, then its
-- codes), so that it cannot deadlock with them; and it gives up after 10 s rather than queue every
-- reader behind it while a long write finishes (the node then fails to start and is started again).
set local lock_timeout = '10s';
lock table submission, submission_cpv in access exclusive mode;
alter table submission_cpv add column forum_id bigint, add column kind text;

create or replace function submission_cpv_published_at() returns trigger language plpgsql as $$
begin
    select s.published_at, s.forum_id, s.kind into new.published_at, new.forum_id, new.kind
    from submission s where s.id = new.submission_id;
    return new;
end $$;

create or replace function submission_published_at_to_cpv() returns trigger language plpgsql as $$
begin
    update submission_cpv set published_at = new.published_at, forum_id = new.forum_id, kind = new.kind
    where submission_id = new.id;
    return null;
end $$;

-- the portal never moves a submission or changes its kind; were it ever to, the copy follows
drop trigger submission_published_at_to_cpv on submission;
create trigger submission_published_at_to_cpv after update of published_at, forum_id, kind on submission
    for each row when (old.published_at is distinct from new.published_at or old.forum_id is distinct from new.forum_id
                       or old.kind is distinct from new.kind)
    execute function submission_published_at_to_cpv();
--rollback drop trigger submission_published_at_to_cpv on submission;
--rollback create or replace function submission_published_at_to_cpv() returns trigger language plpgsql as $$ begin update submission_cpv set published_at = new.published_at where submission_id = new.id; return null; end $$;
--rollback create trigger submission_published_at_to_cpv after update of published_at on submission for each row when (old.published_at is distinct from new.published_at) execute function submission_published_at_to_cpv();
--rollback create or replace function submission_cpv_published_at() returns trigger language plpgsql as $$ begin select s.published_at into new.published_at from submission s where s.id = new.submission_id; return new; end $$;
--rollback alter table submission_cpv drop column kind, drop column forum_id;

--changeset buyzet:063-submission-cpv-forum-kind-copy context:schema runInTransaction:false splitStatements:false
-- as 062 copied the dates, but in batches of submissions, each committed: a batch locks only its own
-- code rows for a moment, so publishing and editing go on while the million's 1.7 million rows are
-- copied (about 45 s). Run again, it copies only what differs.
do $$
declare
    next_id bigint;
    last_id bigint;
    batch constant bigint := 20000;
begin
    select min(submission_id), max(submission_id) into next_id, last_id from submission_cpv;
    while next_id <= last_id loop
        update submission_cpv c set forum_id = s.forum_id, kind = s.kind
        from submission s
        where s.id = c.submission_id and c.submission_id >= next_id and c.submission_id < next_id + batch
          and (c.forum_id is distinct from s.forum_id or c.kind is distinct from s.kind);
        commit;
        next_id := next_id + batch;
    end loop;
end $$;
--rollback select 1;

-- The indexes are built concurrently, while the portal reads and writes, one changeset each: a build
-- that failed or was interrupted leaves an invalid index of that name, which the planner ignores and a
-- plain create would trip over, so each first drops what a failed run may have left.

--changeset buyzet:063-submission-cpv-code-forum-index context:schema runInTransaction:false
-- kind is carried in the entries so that a forum and a kind are both tested on the index
drop index concurrently if exists submission_cpv_code_forum_published_idx;
create index concurrently submission_cpv_code_forum_published_idx
    on submission_cpv (cpv_code, forum_id, published_at desc, submission_id desc) include (kind)
    where published_at is not null;
--rollback drop index submission_cpv_code_forum_published_idx;

--changeset buyzet:063-submission-cpv-code-kind-index context:schema runInTransaction:false
drop index concurrently if exists submission_cpv_code_kind_published_idx;
create index concurrently submission_cpv_code_kind_published_idx
    on submission_cpv (cpv_code, kind, published_at desc, submission_id desc)
    where published_at is not null;
--rollback drop index submission_cpv_code_kind_published_idx;

--changeset buyzet:063-submission-forum-kind-index context:schema runInTransaction:false
-- a forum's list of one kind (its needs, its solutions) and a common word narrowed to a forum and a
-- kind walk only that forum's published rows of that kind, as submission_forum_published_idx (003)
drop index concurrently if exists submission_forum_kind_published_idx;
create index concurrently submission_forum_kind_published_idx on submission (forum_id, kind, published_at desc, id desc)
    where status = 'PUBLISHED' and not hidden;
--rollback drop index submission_forum_kind_published_idx;

--changeset buyzet:063-submission-cpv-vacuum context:schema runInTransaction:false
-- the copy rewrote every code row: vacuum so that the new indexes are walked without the heap (as 062)
vacuum analyze submission_cpv;
--rollback select 1;
