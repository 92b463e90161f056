--liquibase formatted sql

--changeset buyzet:064-submission-body-html context:schema splitStatements:false
-- Issue 15. The open API gives every submission's body as sanitised HTML, and rendering it
-- (CommonMark, then jsoup's sanitiser) was a third of the portal's CPU for a forum's list on the
-- generated million: the in-memory cache holds about 5,000 bodies, a country's lists many more.
-- Each body's HTML is kept here once rendered, beside the renderer's version and the MD5 of the
-- Markdown it came from; a read takes it only when both match, so an edited body, or a renderer
-- whose rules changed, is never served stale HTML, whatever the order of writes. A new edit also
-- removes the row at once (the trigger), so text taken out of a body does not stay here.
create table submission_body_html (
    submission_id bigint   primary key references submission (id) on delete cascade,
    renderer      smallint not null,
    source_md5    uuid     not null,
    html          text     not null
);

create function submission_body_html_forget() returns trigger language plpgsql as $$
begin
    delete from submission_body_html where submission_id = new.id;
    return null;
end $$;

create trigger submission_body_html_forget after update of body_markdown on submission
    for each row when (old.body_markdown is distinct from new.body_markdown)
    execute function submission_body_html_forget();
--rollback drop trigger submission_body_html_forget on submission;
--rollback drop function submission_body_html_forget();
--rollback drop table submission_body_html;
