--liquibase formatted sql

--changeset buyzet:016-member-suspension context:schema
-- A moderator may suspend a member until a date: until then the member cannot sign in.
alter table member add column suspended_until timestamptz;
alter table member add column suspension_reason text;
--rollback alter table member drop column suspended_until, drop column suspension_reason;
