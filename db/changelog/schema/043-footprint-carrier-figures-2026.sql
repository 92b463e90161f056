--liquibase formatted sql

--changeset buyzet:043-hydrogen-routes context:schema
-- Decision 037: how hydrogen was made decides most of its footprint. A set's HYDROGEN carrier row is
-- what a flow takes when it declares no route, and is therefore the grey (fossil, unabated) figure
-- in the sets of 2026; a declared route that the set has a row for takes that row instead. Sets
-- without route rows (those of 2025) compute every hydrogen flow with their carrier row, as they
-- always did, so no result computed with them changes.
create table footprint_hydrogen_route_factor (
    set_id          text    not null references footprint_factor_set (id),
    route           text    not null check (route in ('LOW_CARBON', 'RENEWABLE')),
    wtt_kg_per_unit numeric not null check (wtt_kg_per_unit >= 0),
    wtt_source      text    not null check (length(trim(wtt_source)) > 0),
    ttw_kg_per_unit numeric not null check (ttw_kg_per_unit >= 0),
    ttw_source      text    not null check (length(trim(ttw_source)) > 0),
    primary key (set_id, route)
);
--rollback drop table footprint_hydrogen_route_factor;

--changeset buyzet:043-carrier-figures-2026 context:schema
-- Issue 16, decision 037. Every figure names its publication, edition, sheet or table, row and unit,
-- and how it was read. The UK DESNZ "Greenhouse gas reporting: conversion factors 2025" (published
-- 10 June 2025, Open Government Licence) could not be read from gov.uk itself: the well-to-tank rows
-- were read from a CSV extract of its flat file (columns ID, Scope, Level 1-4, UOM, GHG/Unit,
-- "GHG Conversion Factor 2025"; public repository scope3emissiontest-oss/JulesProject,
-- defra_factors_2025_v2/), and the tank-to-wheel rows from two independent transcriptions of the
-- flat file's Fuels and Bioenergy sheets that agree with each other and with the 2025 rows cited
-- elsewhere (secondary copies; the DESNZ file itself should confirm them). No Norwegian road-fuel
-- blend (Miljødirektoratet, SSB) with a per-litre factor could be read, so the Norwegian set takes
-- DESNZ's UK average blends as a proxy and says so.
insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis, is_default) values
  ('no-2026-market', 'Norway 2026, market-based electricity', '1', '2026-01-01',
   'Well-to-wheel (ISO 14083): well-to-tank plus tank-to-wheel, per year, actual distances (no GLEC uplift)',
   'GWP100 as in the cited sources; biogenic CO2 at the tailpipe counted as zero',
   'Market-based: NVE''s residual mix for electricity sold in Norway without guarantees of origin (varedeklarasjon), 402 g CO2/kWh (2020; CO2 only; read via a supplier''s page, secondary; the newer declarations could not be read). All other figures as no-2026', false);

update footprint_factor_set set electricity_basis =
  'Location-based: NVE, climate declaration for electricity physically delivered in Norway (klimadeklarasjon for fysisk levert strøm), 15 g CO2e/kWh (2023, GWP100 AR5; the 2024 declaration could not be read)'
where id = 'no-2026';
update footprint_factor_set set electricity_basis =
  'Location-based: EEA, greenhouse gas emission intensity of electricity generation, EU-27, 214 g CO2e/kWh (2023, derived from EEA''s own figures)'
where id = 'eu-2026';

insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select s.id, c.carrier, c.wtt, c.wtt_source, c.ttw, c.ttw_source
from (values ('no-2026', 'UK average blend, a proxy for Norwegian road fuel (no Norwegian per-litre factor could be read)'),
             ('no-2026-market', 'UK average blend, a proxy for Norwegian road fuel (no Norwegian per-litre factor could be read)'),
             ('eu-2026', 'UK average blend, a proxy for the EU average')) as s(id, proxy)
cross join lateral (values
  ('DIESEL', 0.61101,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "WTT- fuels", Liquid fuels, row "Diesel (average biofuel blend)", UOM litres (ID 11_101_1011_8_1): 0.61101 kg CO2e/litre; road diesel, not the gas oil row (0.62665); read from a CSV extract of the flat file; ' || s.proxy,
   2.57082,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "Fuels", Liquid fuels, row "Diesel (average biofuel blend)", UOM litres: 2.57082 kg CO2e/litre; read from transcriptions of the flat file (secondary); ' || s.proxy),
  ('PETROL', 0.58094,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "WTT- fuels", Liquid fuels, row "Petrol (average biofuel blend)", UOM litres (ID 11_101_1017_8_1): 0.58094 kg CO2e/litre; read from a CSV extract of the flat file; ' || s.proxy,
   2.06916,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "Fuels", Liquid fuels, row "Petrol (average biofuel blend)", UOM litres: 2.06916 kg CO2e/litre; read from transcriptions of the flat file (secondary); ' || s.proxy),
  ('HVO100', 0.56439,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "WTT- bioenergy", WTT- biofuel, row "Biodiesel HVO", UOM litres (ID 12_900_1036_8_1): 0.56439 kg CO2e/litre; DESNZ''s UK supply average, a supplier''s proof of sustainability may declare less or more; read from a CSV extract of the flat file',
   0.03558,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "Bioenergy", Biofuel, row "Biodiesel HVO", UOM litres: 0.03558 kg CO2e/litre (CH4 and N2O; biogenic CO2 outside the scopes); read from transcriptions of the flat file (secondary)'),
  ('BIOGAS', 0.77405,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "WTT- bioenergy", WTT- biofuel, row "Biomethane (compressed)", UOM kg (ID 12_900_1033_3_1): 0.77405 kg CO2e/kg; read from a CSV extract of the flat file',
   0.00521,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "Bioenergy", Biofuel, row "Biomethane (compressed)", UOM kg: 0.00521 kg CO2e/kg (CH4 and N2O; biogenic CO2 outside the scopes); read from transcriptions of the flat file (secondary)'),
  ('FOSSIL_GAS', 0.91222817,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "WTT- fuels", Gaseous fuels, row "LNG", UOM tonnes (ID 11_100_1002_15_1): 912.22817 kg CO2e/tonne = 0.91222817 kg CO2e/kg; the higher of the LNG and CNG rows (CNG 530.77887 kg CO2e/tonne, ID 11_100_1001_15_1), since a flow does not say which; read from a CSV extract of the flat file',
   2.60330441,
   'UK DESNZ GHG conversion factors 2025, flat file, Level 1 "Fuels", Gaseous fuels, row "LNG", UOM tonnes: 2603.30441 kg CO2e/tonne = 2.60330441 kg CO2e/kg (CNG row 2575.46441); read from transcriptions of the flat file (secondary)'),
  ('HYDROGEN', 14,
   'Grey hydrogen, the route taken when none is declared: Wei, Sacchi, Tukker, Suh, Steubing, "Future environmental impacts of global hydrogen production", Energy & Environmental Science 2024, doi:10.1039/d3ee03875k, Abstract: global average GHG emissions of hydrogen production today "14 kg CO2-eq" per kg H2 = 14 kg CO2e/kg (life cycle to the plant gate, coal and unabated natural gas dominating); read from the journal''s open-access page; compression and delivery to the station not included, so a lower bound for delivered hydrogen',
   0, 'A fuel cell emits water only: 0 kg CO2e/kg')
) as c(carrier, wtt, wtt_source, ttw, ttw_source);

insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source) values
  ('no-2026', 'BATTERY_ELECTRIC', 0.015,
   'NVE, "Lavt klimagassutslipp knyttet til norsk strømforbruk i 2023" (news of 11 June 2024, climate declaration for electricity physically delivered in Norway 2023), text: "15 gram CO2-ekvivalenter per kilowattime" = 0.015 kg CO2e/kWh; GWP100 from IPCC AR5; location-based; read from NVE''s page; the 2024 declaration could not be read',
   0, 'No combustion in the vehicle: 0 kg CO2e/kWh'),
  ('eu-2026', 'BATTERY_ELECTRIC', 0.214,
   'Derived from EEA, indicator "Greenhouse gas emission intensity of electricity generation in Europe": latest assessment, text: "In 2023, the EU''s electricity sector was estimated to be 58% less GHG intensive than it was in 1990", times EEA''s 1990 value for EU-27, 510 g CO2e/kWh (IND-353 / ENER 038 assessment of 2020, text "from 510 g CO2e/kWh to 281 g CO2e/kWh"): 510 × 0.42 = 214 g CO2e/kWh = 0.214 kg CO2e/kWh (the rounding of 58 % leaves ±3 g); location-based; read from EEA''s pages; the table of the latest assessment could not be read',
   0, 'No combustion in the vehicle: 0 kg CO2e/kWh'),
  ('no-2026-market', 'BATTERY_ELECTRIC', 0.402,
   'NVE, varedeklarasjon for strømleverandører 2020 (residual mix for electricity sold in Norway without guarantees of origin), text: "CO2-utslipp: 402 g/kWh" = 0.402 kg CO2/kWh (CO2 only); read via Wattn''s page quoting NVE (secondary); NVE''s declarations for 2023 and later could not be read; market-based',
   0, 'No combustion in the vehicle: 0 kg CO2e/kWh');

-- Declared hydrogen routes. Both certified routes are bounded by the 70 % saving the EU requires
-- against the fossil fuel comparator of 94 g CO2e/MJ: 28.2 g CO2e/MJ × 120 MJ/kg = 3.384 kg CO2e/kg.
-- An uncertified claim counts as grey: the flow should not declare the route.
insert into footprint_hydrogen_route_factor (set_id, route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select s.id, r.route, 3.384, r.wtt_source, 0, 'A fuel cell emits water only: 0 kg CO2e/kg'
from (values ('no-2026'), ('no-2026-market'), ('eu-2026')) as s(id)
cross join (values
  ('RENEWABLE',
   'Upper bound for certified renewable hydrogen (RFNBO): Directive (EU) 2018/2001 art. 25(2) and Delegated Regulation (EU) 2023/1185, recital 1 and Annex: at least 70 % saving against the fossil fuel comparator of 94 g CO2e/MJ, i.e. at most 28.2 g CO2e/MJ ("equivalent to 3.38 tCO2e/tH2", as Baker McKenzie''s summary of the regulation reads it, secondary), × 120 MJ/kg (RED II Annex III, hydrogen lower heating value) = 3.384 kg CO2e/kg'),
  ('LOW_CARBON',
   'Upper bound for certified low-carbon hydrogen (blue, natural gas with carbon capture and storage): the 70 % saving against the fossil fuel comparator that Directive (EU) 2024/1788 sets for low-carbon fuels, read via Clean Air Task Force''s account of the Gas Package (secondary); 28.2 g CO2e/MJ × 120 MJ/kg (RED II Annex III) = 3.384 kg CO2e/kg')
) as r(route, wtt_source);
--rollback delete from footprint_hydrogen_route_factor where set_id in ('no-2026', 'no-2026-market', 'eu-2026'); delete from footprint_carrier_factor where set_id in ('no-2026', 'no-2026-market', 'eu-2026'); delete from footprint_factor_set where id = 'no-2026-market'; update footprint_factor_set set electricity_basis = 'Location-based' where id in ('no-2026', 'eu-2026');
