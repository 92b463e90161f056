--liquibase formatted sql

--changeset buyzet:060-submission-cpv-published context:schema splitStatements:false
-- Issue 15, decision 057. A common word narrowed to a CPV code started from all of the code's
-- submissions (up to 50,000), read each and sorted them by date to keep the 200 newest matches:
-- 50-190 ms on the million. With each code's submissions in date order here, the search walks them
-- newest first and stops at its 200th match. The date is the submission's, copied by triggers so it
-- can never differ: set on every new row from its submission, and again whenever a submission's
-- publication date changes.
alter table submission_cpv add column published_at timestamptz;

update submission_cpv c set published_at = s.published_at
from submission s where s.id = c.submission_id and s.published_at is not null;

create index submission_cpv_code_published_idx on submission_cpv (cpv_code, published_at desc, submission_id desc)
    where published_at is not null;

create function submission_cpv_published_at() returns trigger language plpgsql as $$
begin
    select s.published_at into new.published_at from submission s where s.id = new.submission_id;
    return new;
end $$;

create trigger submission_cpv_published_at before insert or update of submission_id on submission_cpv
    for each row execute function submission_cpv_published_at();

create function submission_published_at_to_cpv() returns trigger language plpgsql as $$
begin
    update submission_cpv set published_at = new.published_at where submission_id = new.id;
    return null;
end $$;

create trigger submission_published_at_to_cpv after update of published_at on submission
    for each row when (old.published_at is distinct from new.published_at)
    execute function submission_published_at_to_cpv();
--rollback drop trigger submission_published_at_to_cpv on submission; drop function submission_published_at_to_cpv(); drop trigger submission_cpv_published_at on submission_cpv; drop function submission_cpv_published_at(); drop index submission_cpv_code_published_idx; alter table submission_cpv drop column published_at;
