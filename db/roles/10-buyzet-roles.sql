-- BuyZET Portal's two database roles (decision 017), for the database this runs in. Run it as a
-- superuser before the portal's first start, and again after upgrading from a version that
-- connected with a single user; it changes nothing that is already right. The embedded default
-- runs this very file at every start; docker-compose runs it when it creates the database;
-- 20-buyzet-passwords.sql then sets the passwords.
--
--   buyzet_owner  owns the schema; Liquibase migrates with it (SPRING_LIQUIBASE_USER)
--   buyzet_app    the portal's connection pool (SPRING_DATASOURCE_USERNAME): no superuser, owns
--                 nothing, creates nothing; reads and writes rows of the owner's tables through
--                 default privileges. The schema takes back what it may not do to particular
--                 tables (changeset 999-privileges): it only reads and adds to the audit trail.

do $$
begin
    if not exists (select from pg_roles where rolname = 'buyzet_owner') then create role buyzet_owner; end if;
    if not exists (select from pg_roles where rolname = 'buyzet_app') then create role buyzet_app; end if;
    -- the pool's role never holds the owner's rights, not even through membership
    if pg_has_role('buyzet_app', 'buyzet_owner', 'member') then revoke buyzet_owner from buyzet_app; end if;
    execute format('revoke all on database %I from public', current_database());
    execute format('grant connect on database %I to buyzet_owner, buyzet_app', current_database());
end $$;
alter role buyzet_owner login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
alter role buyzet_app login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;

revoke create on schema public from public;
grant usage, create on schema public to buyzet_owner;
grant usage on schema public to buyzet_app;
alter default privileges for role buyzet_owner in schema public
    grant select, insert, update, delete on tables to buyzet_app;
alter default privileges for role buyzet_owner in schema public
    grant usage, select on sequences to buyzet_app;

-- What another role owns in the schema (every table, when the portal connected as one user)
-- passes to the owner and is granted to the application as a new table would be. Sequences of
-- identity columns follow their table.
do $$
declare
    r record;
begin
    for r in select c.oid::regclass as name, c.relkind from pg_class c
             where c.relnamespace = 'public'::regnamespace and c.relowner <> 'buyzet_owner'::regrole
               and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
               and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                               and d.objid = c.oid and d.deptype in ('a', 'i'))
    loop
        execute format('alter %s %s owner to buyzet_owner', case r.relkind when 'v' then 'view'
            when 'm' then 'materialized view' when 'f' then 'foreign table' when 'S' then 'sequence'
            else 'table' end, r.name);
        if r.relkind = 'S' then
            execute format('grant usage, select on sequence %s to buyzet_app', r.name);
        else
            execute format('grant select, insert, update, delete on %s to buyzet_app', r.name);
        end if;
        raise notice 'ownership of % passed to buyzet_owner', r.name;
    end loop;
    for r in select p.oid::regprocedure as name from pg_proc p
             where p.pronamespace = 'public'::regnamespace and p.proowner <> 'buyzet_owner'::regrole
               and p.prokind in ('f', 'p')
    loop
        execute format('alter routine %s owner to buyzet_owner', r.name);
    end loop;
    for r in select t.oid::regtype as name, t.typtype from pg_type t
             where t.typnamespace = 'public'::regnamespace and t.typowner <> 'buyzet_owner'::regrole
               and t.typtype in ('d', 'e', 'r')
    loop
        execute format('alter %s %s owner to buyzet_owner', case r.typtype when 'd' then 'domain' else 'type' end,
            r.name);
    end loop;
end $$;
