--liquibase formatted sql

--changeset buyzet:999-privileges context:schema runAlways:true runOnChange:true splitStatements:false
-- Runs after every migration, as the schema owner (decision 017). The application's role gets
-- rows to read and write through the owner's default privileges; here the schema takes back
-- what no role but the owner may have, whoever was granted it and however: the audit trail is
-- only read and added to, pseudonyms are never deleted, and Liquibase's own tables are the
-- owner's alone. With one role for everything (the owner is the application) nothing changes,
-- and the append-only triggers are then the only guard.
do $$
declare
    r record;
begin
    for r in select c.relname, a.grantee, a.privilege_type
             from pg_class c cross join lateral aclexplode(c.relacl) a
             where c.relnamespace = current_schema()::regnamespace and a.grantee <> c.relowner
               and ((c.relname = 'audit_event' and a.privilege_type not in ('SELECT', 'INSERT'))
                 or (c.relname = 'audit_actor' and a.privilege_type not in ('SELECT', 'INSERT', 'UPDATE'))
                 or c.relname in ('databasechangelog', 'databasechangeloglock'))
    loop
        execute format('revoke %s on table %I from %s', r.privilege_type, r.relname,
                       case when r.grantee = 0 then 'public' else r.grantee::regrole::text end);
    end loop;
end $$;
