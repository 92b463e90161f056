--liquibase formatted sql

--changeset buyzet:047-contract-cvd-target context:schema
-- The Clean Vehicles Directive's minimum procurement targets per country, vehicle group and
-- reference period (Directive 2009/33/EC as amended by Directive (EU) 2019/1161, Annex, Tables 3
-- and 4), each row with the table and row it was read from (decision 040). A target the portal has
-- not read from a primary text is not stored: a country without rows shows its shares without one.
create table contract_cvd_target (
    id                         bigint      generated always as identity primary key,
    country                    char(2)     not null check (country ~ '^[A-Z]{2}$'),
    -- LIGHT_DUTY (M1, M2, N1; Table 3), TRUCK (N2, N3; Table 4), BUS (M3; Table 4)
    vehicle_group              text        not null check (vehicle_group in ('LIGHT_DUTY', 'TRUCK', 'BUS')),
    period_from                date        not null,
    period_to                  date        not null check (period_to > period_from),
    clean_min_percent          numeric     not null check (clean_min_percent > 0 and clean_min_percent <= 100),
    -- the part of the clean target to be met with zero-emission vehicles; null where none is stored
    zero_emission_min_percent  numeric     check (zero_emission_min_percent > 0
                                                  and zero_emission_min_percent <= clean_min_percent),
    source                     text        not null check (length(source) between 1 and 1000),
    unique (country, vehicle_group, period_from)
);
--rollback drop table contract_cvd_target;

--changeset buyzet:047-contract-cvd-target-seed context:schema
-- Norway, Iceland and Liechtenstein: the rows the EEA Joint Committee added to the Annex when it
-- incorporated Directive (EU) 2019/1161 (decision of 28 October 2022 [2023/884], Article 1(a) and
-- (b)), in force for the EEA on 1 April 2024. The rows of the EU member states are not seeded: we
-- could not read the adopted Annex's Tables 3 and 4 in full from a primary text (decision 040).
insert into contract_cvd_target (country, vehicle_group, period_from, period_to, clean_min_percent, source)
select c.country, g.vehicle_group, p.period_from, p.period_to,
       case g.vehicle_group when 'LIGHT_DUTY' then 38.5
                            when 'TRUCK' then case p.first when true then 10 else 15 end
                            else case p.first when true then 45 else 65 end end,
       'Decision of the EEA Joint Committee of 28 October 2022 amending Annex XX (Environment) to the EEA Agreement '
       || '[2023/884], Article 1(' || case g.vehicle_group when 'LIGHT_DUTY' then 'a' else 'b' end
       || '): row "' || c.name || '" added to Table '
       || case g.vehicle_group when 'LIGHT_DUTY' then '3 of the Annex to Directive 2009/33/EC (clean light-duty '
                                                      || 'vehicles, M1, M2, N1), column '
                               when 'TRUCK' then '4 of the Annex to Directive 2009/33/EC, trucks (N2 and N3), column '
                               else '4 of the Annex to Directive 2009/33/EC, buses (M3), column ' end
       || case p.first when true then '"From 2 August 2021 to 31 December 2025"'
                       else '"From 1 January 2026 to 31 December 2030"' end
       || '. The footnote on zero-emission buses is not stored: we did not read it in a primary text.'
from (values ('NO', 'Norway'), ('IS', 'Iceland'), ('LI', 'Liechtenstein')) as c (country, name)
cross join (values ('LIGHT_DUTY'), ('TRUCK'), ('BUS')) as g (vehicle_group)
cross join (values (date '2021-08-02', date '2025-12-31', true),
                   (date '2026-01-01', date '2030-12-31', false)) as p (period_from, period_to, first);
--rollback delete from contract_cvd_target;

--changeset buyzet:047-contract-award-date context:schema
-- The directive's thresholds and targets go by the reference period in which a contract is awarded
-- (art. 5; decision 036), so a mapped contract can say when it was awarded.
alter table footprint_contract add column award_date date;
--rollback alter table footprint_contract drop column award_date;

--changeset buyzet:047-contract-tailpipe context:schema
-- The tailpipe (tank-to-wheel) CO2e beside well-to-wheel, for the ranking and its exports
-- (decision 029, issue 16). Every stored result has carried co2eTtwKg from the start, so the
-- column is filled from the stored result as it was published; nothing is recomputed.
alter table footprint_contract add column co2e_tailpipe_kg numeric;
update footprint_contract set co2e_tailpipe_kg = (result -> 'total' ->> 'co2eTtwKg')::numeric
where result is not null;
--rollback alter table footprint_contract drop column co2e_tailpipe_kg;

--changeset buyzet:047-footprint-latest-tailpipe context:schema
-- The newest result's tailpipe CO2e beside its well-to-wheel figure, for the search and forum
-- cards (decision 040). Filled from the newest stored result as it was published.
alter table footprint_latest add column co2e_tailpipe_kg numeric;
update footprint_latest l set co2e_tailpipe_kg = (
    select (r.result -> 'total' ->> 'co2eTtwKg')::numeric from footprint_result r
    where r.submission_id = l.submission_id order by r.computed_at desc, r.id desc limit 1);
--rollback alter table footprint_latest drop column co2e_tailpipe_kg;
