--liquibase formatted sql

--changeset buyzet:039-factor-sets-with-air-pollutants context:schema
-- Decision 034: version 2 of both sets adds non-exhaust PM. Version 1 stays byte for byte as it
-- was, so every result computed with it can still be explained; results name their set's id, and
-- a stored result is never recomputed (decision 029). Carrier factors and default energy use are
-- version 1's, copied. Exhaust NOx and PM2.5 by Euro stage are not loaded: the EMEP/EEA guidebook
-- 2023 Tier 2 tables could not be read from a primary copy, and a figure we cannot cite to its
-- table and row is not a figure (decision 009). Flows on combustion vehicles therefore show NOx
-- and exhaust PM as not covered, and no default Euro stage is named until there are figures to take.
insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis, is_default)
select v1.id || '-2', v1.name, '2', v1.valid_from, v1.boundary, v1.gwp_basis,
       v1.electricity_basis, false
from footprint_factor_set v1 where v1.id in ('no-2025', 'eu-2025');

insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select set_id || '-2', carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source
from footprint_carrier_factor where set_id in ('no-2025', 'eu-2025');

insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
                                      pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km,
                                      pm_non_exhaust_source)
select set_id || '-2', category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
       pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km, pm_non_exhaust_source
from footprint_vehicle_factor where set_id in ('no-2025', 'eu-2025');

-- Tyre and brake wear: German Environment Agency (UBA), Informative Inventory Report 2023, NFR 1.A.3.b vi,
-- Table 1 "Emission factors applied", mg/km; road surface wear: UBA IIR 2021, NFR 1.A.3.b vii, Table 1.
-- UBA states these are the Tier 1 factors of the EMEP/EEA guidebook (2019 edition), chapter 1.A.3.b.vi-vii.
-- Columns: PCs = M1, LDVs = N1, HDVs = N2 and N3, Buses = M2/M3, Motorcycles = L.
-- Studded tyres, common in Oslo in winter, wear roads many times faster; no set has a figure for them yet.
insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source)
select s.id, w.category, w.wear, w.pm25,
       w.table_ref || ', row PM2.5, column ' || w.col || ': ' || w.pm25_mg || ' mg/km' || w.note,
       w.pm10,
       w.table_ref || ', row PM10, column ' || w.col || ': ' || w.pm10_mg || ' mg/km' || w.note
from (values ('no-2025-2'), ('eu-2025-2')) as s(id)
cross join (
    select c.category, c.wear, c.col, c.pm25_mg, c.pm10_mg,
           cast(replace(c.pm25_mg, ',', '.') as numeric) / 1000 as pm25,
           cast(replace(c.pm10_mg, ',', '.') as numeric) / 1000 as pm10,
           case c.wear
               when 'ROAD' then 'UBA (German Environment Agency), Informative Inventory Report 2021, NFR 1.A.3.b vii '
                   || 'Automobile road abrasion, Table 1 "Emission factors applied"'
               else 'UBA (German Environment Agency), Informative Inventory Report 2023, NFR 1.A.3.b vi Automobile '
                   || 'tyre and brake wear, Table 1 "Emission factors applied", ' || lower(c.wear) || ' wear'
           end as table_ref,
           '; UBA''s Tier 1 factors taken from the EMEP/EEA guidebook 2019, 1.A.3.b.vi-vii (secondary for the '
               || 'guidebook, not read from its 2023 edition); studded tyres not included' as note
    from (values
        ('M1', 'TYRE', 'PCs', '4.49', '6.40'),
        ('N1', 'TYRE', 'LDVs', '7.10', '10.1'),
        ('N2', 'TYRE', 'HDVs', '18.9', '27.0'),
        ('N3', 'TYRE', 'HDVs', '18.9', '27.0'),
        ('M2_M3', 'TYRE', 'Buses', '18.9', '24.3'),
        ('L', 'TYRE', 'Motorcycles', '1.93', '2.80'),
        ('M1', 'BRAKE', 'PCs', '2.93', '7.35'),
        ('N1', 'BRAKE', 'LDVs', '4.56', '11.5'),
        ('N2', 'BRAKE', 'HDVs', '12.7', '32.0'),
        ('N3', 'BRAKE', 'HDVs', '12.7', '32.0'),
        ('M2_M3', 'BRAKE', 'Buses', '12.7', '28.8'),
        ('L', 'BRAKE', 'Motorcycles', '1.44', '3.63'),
        ('M1', 'ROAD', 'PCs', '4.05', '7.50'),
        ('N1', 'ROAD', 'LDVs', '4.05', '7.50'),
        ('N2', 'ROAD', 'HDVs', '20.5', '38.0'),
        ('N3', 'ROAD', 'HDVs', '20.5', '38.0'),
        ('M2_M3', 'ROAD', 'Buses', '20.5', '34.2'),
        ('L', 'ROAD', 'Motorcycles', '1.62', '3.00')
    ) as c(category, wear, col, pm25_mg, pm10_mg)
) as w;
--rollback delete from footprint_wear_factor where set_id in ('no-2025-2', 'eu-2025-2'); delete from footprint_vehicle_factor where set_id in ('no-2025-2', 'eu-2025-2'); delete from footprint_carrier_factor where set_id in ('no-2025-2', 'eu-2025-2'); delete from footprint_factor_set where id in ('no-2025-2', 'eu-2025-2');
