--liquibase formatted sql

--changeset buyzet:059-submission-search-inline context:schema runInTransaction:false
-- Issue 15, decision 057. A common word is found by walking a date-ordered index and testing each
-- row's search vector. Stored out of line (TOAST, the default for a vector of ~1.5 kB compressed),
-- each test read the vector through the TOAST table's index: 8-16 ms for the ~1,000 rows a filtered
-- search of a common word walks on the million. Kept in the row (compressed; MAIN moves it out only
-- when the row would not fit a page otherwise), the same walk takes 1.5-2.5 ms
-- (docs/performance.md, 2026-12-05). The body, read only for the rows shown, moves out of line instead.
-- SET STORAGE changes only rows written after it, so the table is rewritten once (VACUUM FULL: about a
-- minute per million submissions, with the table locked; its indexes are rebuilt compact too).
alter table submission alter column search set storage main;
vacuum full submission;
-- The planner tells a common text from a rare one (SearchRepository#common) by the search column's
-- statistics: with the default target a word outside its 500-odd commonest lexemes was estimated at
-- 0.5 % of rows, so a word on a hundred submissions was planned as if on five thousand.
alter table submission alter column search set statistics 1000;
analyze submission;
--rollback alter table submission alter column search set storage extended;
--rollback alter table submission alter column search set statistics -1;
