--liquibase formatted sql

--changeset buyzet:007-footprint-latest context:schema
-- The newest result's yearly CO2e per submission, kept by the footprint feature beside its results,
-- so that submission lists can sort and filter by footprint without reading result documents.
create table footprint_latest (
    submission_id bigint      primary key references submission (id),
    co2e_wtw_kg   numeric     not null check (co2e_wtw_kg >= 0),
    computed_at   timestamptz not null
);
create index footprint_latest_co2e_idx on footprint_latest (co2e_wtw_kg desc, submission_id);
insert into footprint_latest (submission_id, co2e_wtw_kg, computed_at)
select distinct on (submission_id) submission_id, (result -> 'total' ->> 'co2eWtwKg')::numeric, computed_at
from footprint_result order by submission_id, computed_at desc, id desc;
--rollback drop table footprint_latest;
