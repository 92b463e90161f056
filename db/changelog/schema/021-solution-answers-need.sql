--liquibase formatted sql

--changeset buyzet:021-solution-answers-need context:schema
-- A solution offered from a need's page answers that need: the need lists it and it links back.
-- One need per solution (decision 021): a supplier answering two needs writes two solutions, each
-- with the baseline of its own need.
alter table submission add column answers_need_id bigint references submission (id);
alter table submission add constraint submission_answers_a_need
    check (answers_need_id is null or (kind = 'SOLUTION' and answers_need_id <> id));
create index submission_answers_need_idx on submission (answers_need_id) where answers_need_id is not null;
--rollback alter table submission drop constraint submission_answers_a_need; alter table submission drop column answers_need_id;
