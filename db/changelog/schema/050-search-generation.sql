--liquibase formatted sql

--changeset buyzet:050-search-generation context:schema splitStatements:false
-- Search keeps recent pages of results in memory (search.internal.SearchCache). A page may be
-- served again only while nothing it was read from has changed, on any node: every statement
-- that writes one of those tables draws the next number of this sequence, and a page is cached
-- under the number read before it was queried. nextval() takes no lock and is not rolled back,
-- so writers never wait for each other here; a rolled-back write only costs a cache miss. Row
-- triggers, so that a statement that changes nothing (a sign-in whose roles stayed) draws none.
create sequence search_generation;

create function search_generation_bump() returns trigger language plpgsql as $$
begin
    perform nextval('search_generation');
    return null;
end $$;

create trigger submission_search_generation after insert or update or delete on submission
    for each row execute function search_generation_bump();
create trigger submission_cpv_search_generation after insert or update or delete on submission_cpv
    for each row execute function search_generation_bump();
create trigger forum_search_generation after insert or update or delete on forum
    for each row execute function search_generation_bump();
create trigger footprint_latest_search_generation after insert or update or delete on footprint_latest
    for each row execute function search_generation_bump();
create trigger member_search_generation after insert or update or delete on member
    for each row execute function search_generation_bump();
create trigger organisation_search_generation after insert or update or delete on organisation
    for each row execute function search_generation_bump();
--rollback drop trigger submission_search_generation on submission; drop trigger submission_cpv_search_generation on submission_cpv; drop trigger forum_search_generation on forum; drop trigger footprint_latest_search_generation on footprint_latest; drop trigger member_search_generation on member; drop trigger organisation_search_generation on organisation; drop function search_generation_bump(); drop sequence search_generation;
