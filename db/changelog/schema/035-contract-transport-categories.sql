--liquibase formatted sql

--changeset buyzet:035-contract-transport-category-rule context:schema splitStatements:false
-- The BuyZET mapping sorts contracts into three groups: the city's own fleet, transport services
-- it buys, and deliveries tied to other goods and services (decision 033). This is the proposal
-- from the main CPV code; TransportCategory.proposeFor in Java states the same rule, and a test
-- keeps the two equal. The agency may choose otherwise; the proposal only fills what nobody chose.
create function contract_transport_category_for(cpv text) returns text
    language sql immutable as $$
    select case
        when cpv ~ '^(60|641|90511|90512)' then 'TRANSPORT_SERVICE'
        when cpv ~ '^(34|0913)' then 'OWN_FLEET'
        else 'GOODS_AND_SERVICES'
    end
$$;
--rollback drop function contract_transport_category_for(text);

--changeset buyzet:035-contract-transport-category context:schema splitStatements:false
-- Existing contracts get the proposal from their main CPV code. Rows written without a category
-- (demo data, imports written in SQL) get it too, by the trigger, so that the column can be
-- required.
alter table footprint_contract add column transport_category text;
update footprint_contract set transport_category = contract_transport_category_for(main_cpv);
create function footprint_contract_propose_category() returns trigger
    language plpgsql as $$
begin
    if new.transport_category is null then
        new.transport_category := contract_transport_category_for(new.main_cpv);
    end if;
    return new;
end
$$;
create trigger footprint_contract_propose_category before insert on footprint_contract
    for each row execute function footprint_contract_propose_category();
alter table footprint_contract alter column transport_category set not null;
alter table footprint_contract add constraint footprint_contract_transport_category_check
    check (transport_category in ('OWN_FLEET', 'TRANSPORT_SERVICE', 'GOODS_AND_SERVICES'));
create index footprint_contract_category_idx on footprint_contract (transport_category, co2e_wtw_kg desc, id);
--rollback drop trigger footprint_contract_propose_category on footprint_contract; drop function footprint_contract_propose_category(); alter table footprint_contract drop column transport_category;
