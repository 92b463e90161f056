--liquibase formatted sql

--changeset buyzet:005-factor-sets context:schema
-- Factor sets are versioned wholes: a result names the set (and so every figure) it was computed
-- with. Every figure has its source next to it; a figure a set does not have is null, not zero.
create table footprint_factor_set (
    id                text        primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name              text        not null,
    version           text        not null,
    valid_from        date        not null,
    boundary          text        not null,
    gwp_basis         text        not null,
    electricity_basis text        not null,
    is_default        boolean     not null default false,
    created_at        timestamptz not null default now(),
    unique (name, version)
);
create unique index footprint_factor_set_one_default on footprint_factor_set (is_default) where is_default;

create table footprint_carrier_factor (
    set_id          text    not null references footprint_factor_set (id),
    carrier         text    not null check (carrier in ('DIESEL', 'PETROL', 'HVO100', 'BIOGAS', 'FOSSIL_GAS',
                                                        'BATTERY_ELECTRIC', 'HYDROGEN')),
    wtt_kg_per_unit numeric not null check (wtt_kg_per_unit >= 0),
    wtt_source      text    not null check (length(trim(wtt_source)) > 0),
    ttw_kg_per_unit numeric not null check (ttw_kg_per_unit >= 0),
    ttw_source      text    not null check (length(trim(ttw_source)) > 0),
    primary key (set_id, carrier)
);

create table footprint_vehicle_factor (
    set_id                 text    not null references footprint_factor_set (id),
    category               text    not null check (category in ('M1', 'N1', 'N2', 'N3', 'M2_M3', 'L')),
    carrier                text    not null,
    energy_per_km          numeric check (energy_per_km >= 0),
    energy_source          text,
    nox_g_per_km           numeric check (nox_g_per_km >= 0),
    nox_source             text,
    pm_exhaust_g_per_km    numeric check (pm_exhaust_g_per_km >= 0),
    pm_exhaust_source      text,
    pm_non_exhaust_g_per_km numeric check (pm_non_exhaust_g_per_km >= 0),
    pm_non_exhaust_source  text,
    primary key (set_id, category, carrier),
    constraint vehicle_factor_sourced check (
        (energy_per_km is null) = (energy_source is null) and (nox_g_per_km is null) = (nox_source is null)
        and (pm_exhaust_g_per_km is null) = (pm_exhaust_source is null)
        and (pm_non_exhaust_g_per_km is null) = (pm_non_exhaust_source is null))
);
--rollback drop table footprint_vehicle_factor; drop table footprint_carrier_factor; drop table footprint_factor_set;

--changeset buyzet:005-seed-factor-sets context:schema
insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis, is_default) values
  ('no-2025', 'Norway 2025', '1', '2025-01-01',
   'Well-to-wheel (ISO 14083): well-to-tank plus tank-to-wheel, per year, actual distances (no GLEC uplift)',
   'GWP100 as in the cited sources (IPCC AR5/AR6); biogenic CO2 at the tailpipe counted as zero',
   'Location-based: electricity physically delivered in Norway, 19 g CO2e/kWh (2022)', true),
  ('eu-2025', 'EU average 2025', '1', '2025-01-01',
   'Well-to-wheel (ISO 14083): well-to-tank plus tank-to-wheel, per year, actual distances (no GLEC uplift)',
   'GWP100 as in the cited sources (IPCC 2006 CO2 factors, RED II comparators); biogenic CO2 at the tailpipe counted as zero',
   'Location-based: EU-27 electricity generation, 281 g CO2e/kWh (2018)', false);

insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source) values
  ('no-2025', 'DIESEL', 0.62665,
   'UK DESNZ GHG conversion factors 2025, WTT-fuels, diesel (average biofuel blend), kg CO2e/litre; read via greencalculus.com diesel methodology (secondary); a proxy for Norwegian road diesel',
   2.57082,
   'UK DESNZ GHG conversion factors 2025, Fuels, diesel (average biofuel blend), kg CO2e/litre; read via greencalculus.com diesel methodology (secondary)'),
  ('eu-2025', 'DIESEL', 0.7164,
   'Derived: RED II (Directive (EU) 2018/2001) Annex V fossil fuel comparator 94 g CO2e/MJ minus tank-to-wheel 74.1 g/MJ, times 36 MJ/litre (RED II Annex III)',
   2.6676,
   'Derived: IPCC 2006 Guidelines vol. 2 ch. 3 table 3.2.1, gas/diesel oil 74,100 kg CO2/TJ, times 36 MJ/litre (RED II Annex III)');
insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select s.id, c.carrier, c.wtt, c.wtt_source, c.ttw, c.ttw_source
from (values ('no-2025'), ('eu-2025')) as s(id)
cross join (values
  ('PETROL', 0.7904,
   'Derived: RED II Annex V fossil fuel comparator 94 g CO2e/MJ minus tank-to-wheel 69.3 g/MJ, times 32 MJ/litre (RED II Annex III)',
   2.2176,
   'Derived: IPCC 2006 Guidelines vol. 2 ch. 3 table 3.2.1, motor gasoline 69,300 kg CO2/TJ, times 32 MJ/litre (RED II Annex III)'),
  ('HVO100', 1.08302,
   'Upper bound: the least saving RED II art. 29(10) allows a biofuel from a plant started from 2021 (65 % below 94 g CO2e/MJ = 32.9 g/MJ) times 34 MJ/litre (RED II Annex III), minus tank-to-wheel; a supplier''s proof of sustainability usually declares less',
   0.03558,
   'UK DESNZ GHG conversion factors 2025, Fuels, HVO: CH4 and N2O only, biogenic CO2 excluded; read via greencalculus.com diesel methodology (secondary)'),
  ('BIOGAS', 1.645,
   'Upper bound: the least saving RED II art. 29(10) allows biomethane for transport from a plant started from 2021 (65 % below 94 g CO2e/MJ = 32.9 g/MJ) times 50 MJ/kg (RED II Annex III)',
   0,
   'Biogenic CO2 at the tailpipe is counted as zero (ISO 14083, GHG Protocol); CH4 and N2O slip not in this set'),
  ('FOSSIL_GAS', 1.8192,
   'Derived: RED II Annex V fossil fuel comparator 94 g CO2e/MJ minus tank-to-wheel 56.1 g/MJ, times 48.0 MJ/kg (IPCC 2006 vol. 2 table 1.2, natural gas net calorific value)',
   2.6928,
   'Derived: IPCC 2006 Guidelines vol. 2 ch. 3 table 3.2.1, compressed natural gas 56,100 kg CO2/TJ, times 48.0 MJ/kg (IPCC 2006 vol. 2 table 1.2)'),
  ('HYDROGEN', 3.384,
   'Upper bound for renewable hydrogen: the 70 % saving below 94 g CO2e/MJ that Delegated Regulation (EU) 2023/1185 requires of RFNBOs (28.2 g/MJ), times 120 MJ/kg (RED II Annex III)',
   0,
   'A fuel cell emits water only')
) as c(carrier, wtt, wtt_source, ttw, ttw_source);
insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source) values
  ('no-2025', 'BATTERY_ELECTRIC', 0.019,
   'NVE, electricity physically delivered in Norway, 19 g CO2e/kWh (2022), as reported by Energiaktuelt and Europower (secondary); location-based',
   0, 'No combustion in the vehicle'),
  ('eu-2025', 'BATTERY_ELECTRIC', 0.281,
   'EEA indicator IND-353 (ENER 038), GHG emission intensity of electricity generation, EU-27, 281 g CO2e/kWh (2018); location-based',
   0, 'No combustion in the vehicle');

insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source)
select s.id, v.category, v.carrier, v.energy, v.source
from (values ('no-2025'), ('eu-2025')) as s(id)
cross join (values
  ('N1', 'DIESEL', 0.09681,
   'Derived: UK DESNZ 2025 average diesel van 0.243 kg CO2e/km divided by 2.51 kg CO2e/litre (Energy Saving Trust fleet toolkit); both secondary'),
  ('N1', 'BATTERY_ELECTRIC', 0.3652,
   'Derived: UK DESNZ 2025 average battery-electric van 0.0756 kg CO2e/km divided by the UK grid factor 0.207 kg CO2e/kWh (secondary)')
) as v(category, carrier, energy, source);
