--liquibase formatted sql

--changeset buyzet:041-rate-limit-buckets context:schema
-- The per-client token buckets of the open API's rate limit, shared by every node of the portal
-- (Bucket4j's state, compared and swapped). Unlogged: losing them in a crash only forgives
-- clients for a minute, and it spares the write-ahead log a write per API request.
create unlogged table rate_limit_bucket (
    bucket_key  text        primary key,
    state       bytea       not null,
    expires_at  timestamptz not null
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
--rollback drop table rate_limit_bucket;
