--liquibase formatted sql

--changeset buyzet:057-footprint-upper-bound-rows-2026 context:schema
-- Issue 16, decision 054: version 5 of the three sets of 2026 closes coverage gaps with rows that are upper bounds,
-- and becomes the default set. Version 4 stays as it was (decision 029), so every other row is copied. The rule: a
-- Euro stage the EMEP/EEA 2019 annex has no row for takes the row of the newest earlier stage the annex has for the
-- same category, fuel and segment, never a newer one, at the speed, load, mode and technology rules of the sets'
-- other rows (decision 045), and only where that row is checked to be an upper bound: it is of the segment the sets
-- use for the category, and the annex's own figures for that segment and pollutant fall stage by stage (they do not
-- in general: diesel N2 NOx Euro V is above Euro IV). The citation names the row read and says it is an upper bound
-- for the declared stage. It gives gas buses Euro IV and V (the Euro III row) and Euro VI (the EEV row), and the L
-- vehicles of the sets' 250-750 cm3 motorcycle segment Euro 6 (the Euro 5 row; EU law has no Euro 6 for L).
-- Petrol N2 and N3 trucks stay not covered, exhaust and energy, as in version 4: the annex's one petrol truck
-- segment (">3,5 t") is a lighter truck than either (its pre-Euro energy use is below the diesel N2 segment's), so it
-- bounds neither, and its energy would count a petrol truck with less CO2e per km than the diesel default. Default
-- energy: fuel-cell cars only (the US EPA's Green Vehicle Guide 2022, its highest-use hydrogen car, US test cycle).
-- A figure that cites no row stays not covered.
-- docs/research/emep-2019-annex/select_upper_bound_rows.py and docs/research/epa-gvg-2022/select_epa_rows.py select
-- and evaluate every figure.
-- Decision 054, addendum: in version 5 a flow that names no Euro stage takes, for its category and carrier, the
-- highest NOx and (each on its own) the highest exhaust PM2.5 of every stage the set has for them, flagged as assumed,
-- so that not declaring never looks cleaner than declaring (decision 045). Sets without the flag (null) keep taking
-- default_euro_class, so no older set changes.
alter table footprint_factor_set add column undeclared_stage text check (undeclared_stage in ('HIGHEST'));

insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis, is_default,
                                  default_euro_class, undeclared_stage)
select regexp_replace(v4.id, '-4$', '-5'), v4.name, '5', v4.valid_from, v4.boundary, v4.gwp_basis, v4.electricity_basis, false,
       v4.default_euro_class, 'HIGHEST'
from footprint_factor_set v4 where v4.id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4');

insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select regexp_replace(set_id, '-4$', '-5'), carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source
from footprint_carrier_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4');

insert into footprint_hydrogen_route_factor (set_id, route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select regexp_replace(set_id, '-4$', '-5'), route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source
from footprint_hydrogen_route_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4');

insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source)
select regexp_replace(set_id, '-4$', '-5'), category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source
from footprint_wear_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4');

insert into footprint_exhaust_factor (set_id, category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
                                      pm25_source)
select regexp_replace(set_id, '-4$', '-5'), category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
       pm25_source
from footprint_exhaust_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4');

insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
                                      pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km,
                                      pm_non_exhaust_source)
select regexp_replace(set_id, '-4$', '-5'), category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
       pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km, pm_non_exhaust_source
from footprint_vehicle_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4');

-- exhaust pairs version 4 has no row for; a pair it has is not touched (the insert would fail on its key)
insert into footprint_exhaust_factor (set_id, category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
                                      pm25_source)
select s.id, e.category, e.carrier, e.euro_class, e.nox, e.nox_source, e.pm25, e.pm25_source
from (values ('no-2026-5'), ('eu-2026-5'), ('no-2026-market-5')) as s(id)
cross join (values
    ('M2_M3', 'FOSSIL_GAS', 'EURO_4', 10, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26767 (Buses, CNG, Urban CNG Buses, Euro III, NOx, Urban Peak): speed function at 30 km/h = 10 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro IV row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro IV (decision 054)', 0.01, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26775 (Buses, CNG, Urban CNG Buses, Euro III, PM Exhaust (taken as PM2.5), Urban Peak): speed function at 30 km/h = 0.01 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro IV row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro IV (decision 054)'),
    ('M2_M3', 'FOSSIL_GAS', 'EURO_5', 10, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26767 (Buses, CNG, Urban CNG Buses, Euro III, NOx, Urban Peak): speed function at 30 km/h = 10 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro V row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro V (decision 054)', 0.01, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26775 (Buses, CNG, Urban CNG Buses, Euro III, PM Exhaust (taken as PM2.5), Urban Peak): speed function at 30 km/h = 0.01 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro V row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro V (decision 054)'),
    ('M2_M3', 'FOSSIL_GAS', 'EURO_6', 3.264, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26796 (Buses, CNG, Urban CNG Buses, EEV, NOx): speed function at 30 km/h = 3.264 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro VI row for this category, fuel and segment: the row of the newest earlier stage it has, EEV, is taken as an upper bound for Euro VI (decision 054)', 0.008977, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26798 (Buses, CNG, Urban CNG Buses, EEV, PM Exhaust (taken as PM2.5)): speed function at 30 km/h = 0.008977 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro VI row for this category, fuel and segment: the row of the newest earlier stage it has, EEV, is taken as an upper bound for Euro VI (decision 054)'),
    ('M2_M3', 'BIOGAS', 'EURO_4', 10, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26767 (Buses, CNG, Urban CNG Buses, Euro III, NOx, Urban Peak): speed function at 30 km/h = 10 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro IV row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro IV (decision 054); biomethane burns as methane: the CNG row is taken (decision 045)', 0.01, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26775 (Buses, CNG, Urban CNG Buses, Euro III, PM Exhaust (taken as PM2.5), Urban Peak): speed function at 30 km/h = 0.01 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro IV row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro IV (decision 054); biomethane burns as methane: the CNG row is taken (decision 045)'),
    ('M2_M3', 'BIOGAS', 'EURO_5', 10, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26767 (Buses, CNG, Urban CNG Buses, Euro III, NOx, Urban Peak): speed function at 30 km/h = 10 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro V row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro V (decision 054); biomethane burns as methane: the CNG row is taken (decision 045)', 0.01, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26775 (Buses, CNG, Urban CNG Buses, Euro III, PM Exhaust (taken as PM2.5), Urban Peak): speed function at 30 km/h = 0.01 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro V row for this category, fuel and segment: the row of the newest earlier stage it has, Euro III, is taken as an upper bound for Euro V (decision 054); biomethane burns as methane: the CNG row is taken (decision 045)'),
    ('M2_M3', 'BIOGAS', 'EURO_6', 3.264, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26796 (Buses, CNG, Urban CNG Buses, EEV, NOx): speed function at 30 km/h = 3.264 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro VI row for this category, fuel and segment: the row of the newest earlier stage it has, EEV, is taken as an upper bound for Euro VI (decision 054); biomethane burns as methane: the CNG row is taken (decision 045)', 0.008977, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26798 (Buses, CNG, Urban CNG Buses, EEV, PM Exhaust (taken as PM2.5)): speed function at 30 km/h = 0.008977 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro VI row for this category, fuel and segment: the row of the newest earlier stage it has, EEV, is taken as an upper bound for Euro VI (decision 054); biomethane burns as methane: the CNG row is taken (decision 045)'),
    ('L', 'PETROL', 'EURO_6', 0.01287, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 28707 (L-Category, Petrol, Motorcycles 4-stroke 250 - 750 cm³, Euro 5, NOx): speed function at 30 km/h = 0.01287 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro 6 row for this category, fuel and segment: the row of the newest earlier stage it has, Euro 5, is taken as an upper bound for Euro 6 (decision 054)', 0.005, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 28709 (L-Category, Petrol, Motorcycles 4-stroke 250 - 750 cm³, Euro 5, PM Exhaust (taken as PM2.5), Urban Peak): speed function at 30 km/h = 0.005 g/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro 6 row for this category, fuel and segment: the row of the newest earlier stage it has, Euro 5, is taken as an upper bound for Euro 6 (decision 054)')
) as e(category, carrier, euro_class, nox, nox_source, pm25, pm25_source);

-- default energy for pairs version 4 has none for
insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source)
select s.id, e.category, e.carrier, e.energy_per_km, e.energy_source
from (values ('no-2026-5'), ('eu-2026-5'), ('no-2026-market-5')) as s(id)
cross join (values
    ('M1', 'HYDROGEN', 0.0109, 'US Environmental Protection Agency, Green Vehicle Guide data file, model year 2022 (all_alpha_22.csv), line 1232: Model HYUNDAI NEXO, Fuel Hydrogen, Cert Region FA, Veh Class small SUV, column ''Cmb MPG'' (combined city/highway) = 57 miles per gallon of gasoline equivalent, 1 kg of hydrogen counting as 1 gallon (the EPA/DOE label convention): 1 / (57 x 1.609344 km/mi) = 1.09 kg/100 km; the highest use of the file''s five hydrogen cars (HYUNDAI NEXO Blue 61, TOYOTA Mirai Limited 65, Mirai LE and XLE 74), since a flow does not say which car it is; the US label''s test cycles, not WLTP; vehicle side, refuelling losses not included; read from the copy in Ahmed-Eladl/Fuel_Economy (commit 8eb53eb, file sha1 e78e621) = 0.0109 kg/km')
) as e(category, carrier, energy_per_km, energy_source)
on conflict (set_id, category, carrier) do update set energy_per_km = excluded.energy_per_km,
                                                     energy_source = excluded.energy_source
where footprint_vehicle_factor.energy_per_km is null;

-- what a calculation that names no set is computed with from now on; results already computed name their set
update footprint_factor_set set is_default = false where is_default;
update footprint_factor_set set is_default = true where id = 'no-2026-5';
--rollback update footprint_factor_set set is_default = false where id = 'no-2026-5'; update footprint_factor_set set is_default = true where id = 'no-2026-4'; delete from footprint_wear_factor where set_id in ('no-2026-5', 'eu-2026-5', 'no-2026-market-5'); delete from footprint_vehicle_factor where set_id in ('no-2026-5', 'eu-2026-5', 'no-2026-market-5'); delete from footprint_exhaust_factor where set_id in ('no-2026-5', 'eu-2026-5', 'no-2026-market-5'); delete from footprint_hydrogen_route_factor where set_id in ('no-2026-5', 'eu-2026-5', 'no-2026-market-5'); delete from footprint_carrier_factor where set_id in ('no-2026-5', 'eu-2026-5', 'no-2026-market-5'); delete from footprint_factor_set where id in ('no-2026-5', 'eu-2026-5', 'no-2026-market-5'); alter table footprint_factor_set drop column undeclared_stage;
