--liquibase formatted sql

--changeset buyzet:019-audit-actor context:schema
-- Who acted, by pseudonym (decision 017). The append-only audit rows name their actor only by a
-- random pseudonym; the member and the name belong to the pseudonym here, where deleting the
-- account clears them (member_id and name become null, erased_at is set) and the rows stay as they
-- are. Rows are never deleted and, once erased, never filled again (the trigger below).
create table audit_actor (
    pseudonym  uuid        primary key default gen_random_uuid(),
    member_id  bigint      unique references member (id),
    name       text,
    created_at timestamptz not null default now(),
    erased_at  timestamptz,
    constraint audit_actor_named_or_erased check (
        (erased_at is null and member_id is not null and name is not null)
        or (erased_at is not null and member_id is null and name is null))
);
create index audit_actor_name_idx on audit_actor (lower(name));
--rollback drop table audit_actor;

--changeset buyzet:019-audit-pseudonyms context:schema
-- Existing rows move from the actor's member id and name to a pseudonym. This is the one change
-- ever made to audit rows, by the schema owner, in this changeset's transaction; it removes
-- names and adds nothing else, and is itself recorded in the trail. A member whose account was
-- deleted before (the anonymised member row) gets a pseudonym without a name.
insert into audit_actor (member_id, name)
select m.id, m.display_name from member m
where m.id in (select actor_id from audit_event where actor_id is not null);
alter table audit_event add column actor_ref uuid references audit_actor (pseudonym);
alter table audit_event disable trigger audit_event_no_update;
update audit_event e set actor_ref = (select a.pseudonym from audit_actor a where a.member_id = e.actor_id),
                         actor_id = null, actor_name = null
where e.actor_id is not null or e.actor_name is not null;
alter table audit_event enable trigger audit_event_no_update;
-- the index on actor_id goes with the column
alter table audit_event drop column actor_id, drop column actor_name;
create index audit_event_actor_idx on audit_event (actor_ref, occurred_at desc);
update audit_actor set member_id = null, name = null, erased_at = now()
where member_id in (select id from member where email like 'deleted-%@invalid.buyzet');
insert into audit_event (action, subject_type, subject_id, details)
select 'audit.actors-pseudonymised', 'audit', 'audit_event',
       jsonb_build_object('changeset', '019-audit-pseudonyms', 'actors', count(*)) from audit_actor;
-- no rollback: the names are gone from the audit rows

--changeset buyzet:019-audit-actor-erasure-is-final context:schema splitStatements:false
-- A pseudonym never changes, and an erased actor is never named again: re-identifying someone
-- who left would take the schema owner, not the portal.
create function audit_actor_erasure_is_final() returns trigger language plpgsql as
'begin
    if old.pseudonym <> new.pseudonym or old.erased_at is not null then
        raise exception ''audit_actor % is erased or its pseudonym would change: refused'', old.pseudonym
            using errcode = ''insufficient_privilege'';
    end if;
    return new;
end';
create trigger audit_actor_erasure_is_final before update on audit_actor
    for each row execute function audit_actor_erasure_is_final();
--rollback drop trigger audit_actor_erasure_is_final on audit_actor; drop function audit_actor_erasure_is_final();
