--liquibase formatted sql

--changeset buyzet:037-contract-spend-estimate context:schema
-- A contract whose transport was estimated from its yearly spend keeps the estimate's inputs
-- (ratio, assumption, source) beside its flows, so that every page and export can mark its
-- figures as estimated. Entering real flows clears it.
alter table footprint_contract add column spend_estimate jsonb;
alter table footprint_contract add constraint footprint_contract_estimate_needs_value
    check (spend_estimate is null or annual_value is not null);
--rollback alter table footprint_contract drop column spend_estimate;
