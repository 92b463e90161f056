--liquibase formatted sql

--changeset buyzet:008-footprint-contracts context:schema
-- Agencies map the transport their existing contracts cause, the first step of the BuyZET method.
-- Flows are kept as entered; the result and the figures the ranking sorts by are computed when the
-- contract is saved (or recomputed), with the factor set named beside them.
create table footprint_contract (
    id              bigint        generated always as identity primary key,
    organisation_id bigint        not null references organisation (id),
    title           text          not null check (length(title) between 1 and 200),
    reference       text          check (length(reference) <= 100),
    cpv_codes       text[]        not null check (cardinality(cpv_codes) >= 1),
    main_cpv        text          not null check (main_cpv ~ '^[0-9]{8}-[0-9]$'),
    supplier_name   text          not null check (length(supplier_name) between 1 and 200),
    annual_value    numeric(16, 2) check (annual_value >= 0),
    currency        char(3)       not null default 'NOK',
    end_date        date,
    flows           jsonb         not null,
    -- empty only for rows written by hand (demo data) until start-up computes them
    factor_set_id   text          references footprint_factor_set (id),
    result          jsonb,
    trips           numeric       check (trips >= 0),
    vehicle_km      numeric       check (vehicle_km >= 0),
    co2e_wtw_kg     numeric       check (co2e_wtw_kg >= 0),
    nox_g           numeric       check (nox_g >= 0),
    pm_g            numeric       check (pm_g >= 0),
    need_id         bigint        references submission (id),
    created_by      bigint        not null references member (id),
    created_at      timestamptz   not null default now(),
    updated_by      bigint        not null references member (id),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    check ((result is null) = (factor_set_id is null) and (result is null) = (co2e_wtw_kg is null)
           and (result is null) = (vehicle_km is null))
);
-- an agency's own list; the ranking across agencies sorts a few thousand rows in memory
create index footprint_contract_organisation_idx on footprint_contract (organisation_id, co2e_wtw_kg desc, id);
create index footprint_contract_co2e_idx on footprint_contract (co2e_wtw_kg desc, id);
--rollback drop table footprint_contract;
