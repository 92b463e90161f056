-- The passwords of BuyZET Portal's two roles, from the environment (psql 15 or newer):
--   BUYZET_DB_OWNER_PASSWORD=… BUYZET_DB_APP_PASSWORD=… psql -d buyzet -f 20-buyzet-passwords.sql
-- docker-compose passes both to the postgres container, which runs this after 10-buyzet-roles.sql.
\set ON_ERROR_STOP on
\getenv owner_password BUYZET_DB_OWNER_PASSWORD
\getenv app_password BUYZET_DB_APP_PASSWORD
\if :{?owner_password}
\else
    do $$ begin raise exception 'BUYZET_DB_OWNER_PASSWORD is not set'; end $$;
\endif
\if :{?app_password}
\else
    do $$ begin raise exception 'BUYZET_DB_APP_PASSWORD is not set'; end $$;
\endif
set password_encryption = 'scram-sha-256';
alter role buyzet_owner password :'owner_password';
alter role buyzet_app password :'app_password';
