--liquibase formatted sql

--changeset buyzet:058-submission-comment-count-index context:schema
-- Issue 15: a submission's page counts all its comments, top-level and replies (CommentRepository.countAll). The
-- two partial indexes of 004 serve top-level comments by submission and replies by parent, so that count read the
-- whole table: 170 ms a page on the benchmark's 800,000 comments, the slowest part of the slowest page
-- (docs/performance.md, 2026-12-04). PagePlansIT keeps every query of the page on an index.
create index submission_comment_submission_idx on submission_comment (submission_id);
--rollback drop index submission_comment_submission_idx;
