--liquibase formatted sql

--changeset buyzet:061-submission-visibility-map context:schema runInTransaction:false
-- 059 rewrote the submissions with VACUUM FULL, which leaves the visibility map empty: every
-- index-only scan then reads the heap page of each row it passes. A forum's list reads its page
-- through one (submission_forum_published_idx), and at page 45 of a forum that was 920 heap pages
-- for 20 rows; on the million its p95 at 16 connections rose from 84 to 103 ms (docs/performance.md,
-- 2026-12-05 03:39). Autovacuum would not come soon: the rewrite left no dead rows to clean. A plain
-- VACUUM marks the pages all-visible again, without locking out readers or writers.
vacuum submission;
--rollback select 1;
