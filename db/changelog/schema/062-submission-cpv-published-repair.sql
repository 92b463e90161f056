--liquibase formatted sql

--changeset buyzet:062-submission-cpv-published-repair context:schema
-- 060 copied the publication dates before its trigger on submission existed. On a cluster upgraded
-- node by node, a node still on the old version could publish in between, and that submission's
-- codes kept no date: a search walking its code would never find it. Now that the triggers keep the
-- copy, set it once more wherever it differs. (The insert trigger reads the submission's date
-- without a lock: the portal updates the submission row, which locks it, before it replaces its
-- codes in the same transaction; SubmissionRepository.update.)
update submission_cpv c set published_at = s.published_at
from submission s where s.id = c.submission_id and c.published_at is distinct from s.published_at;
--rollback select 1;

--changeset buyzet:062-submission-cpv-vacuum context:schema runInTransaction:false
-- 060's copy rewrote every code row: without a vacuum the visibility map stays empty and a walk of a
-- code's index reads the heap for each row until autovacuum comes (as 061 for submissions).
vacuum submission_cpv;
--rollback select 1;
