--liquibase formatted sql

--changeset buyzet:053-default-energy-2026 context:schema
-- Issue 16, decision 046: version 3 of the three sets of 2026 adds the energy a vehicle uses per km when a flow gives
-- no energy figure, and becomes the default set. Version 2 stays as it was (decision 029), so every other row is
-- copied. Fuel-burning vehicles take the EC (energy consumption) row of the same EMEP/EEA 2019 annex, segment and speed
-- as their exhaust figures (schema 051), at Euro 3, the stage a flow without one counts as, divided by the fuel's
-- energy content from the Renewable Energy Directive's Annex III (natural gas: IPCC 2006). Battery vans take the 2023
-- edition's battery-electric row, battery cars the EEA's type-approval average, fuel-cell buses the JIVE projects'
-- operating figure. docs/research/emep-2019-annex/select_energy_rows.py selects and evaluates every figure; a pair no
-- source covers (battery trucks and buses, hydrogen cars and trucks, gas vans and trucks) stays not covered, and a flow
-- of it must give its own energy figure.
insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis, is_default,
                                  default_euro_class)
select regexp_replace(v2.id, '-2$', '-3'), v2.name, '3', v2.valid_from, v2.boundary, v2.gwp_basis, v2.electricity_basis, false,
       v2.default_euro_class
from footprint_factor_set v2 where v2.id in ('no-2026-2', 'eu-2026-2', 'no-2026-market-2');

insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select regexp_replace(set_id, '-2$', '-3'), carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source
from footprint_carrier_factor where set_id in ('no-2026-2', 'eu-2026-2', 'no-2026-market-2');

insert into footprint_hydrogen_route_factor (set_id, route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select regexp_replace(set_id, '-2$', '-3'), route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source
from footprint_hydrogen_route_factor where set_id in ('no-2026-2', 'eu-2026-2', 'no-2026-market-2');

insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source)
select regexp_replace(set_id, '-2$', '-3'), category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source
from footprint_wear_factor where set_id in ('no-2026-2', 'eu-2026-2', 'no-2026-market-2');

insert into footprint_exhaust_factor (set_id, category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
                                      pm25_source)
select regexp_replace(set_id, '-2$', '-3'), category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
       pm25_source
from footprint_exhaust_factor where set_id in ('no-2026-2', 'eu-2026-2', 'no-2026-market-2');

insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
                                      pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km,
                                      pm_non_exhaust_source)
select regexp_replace(set_id, '-2$', '-3'), category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
       pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km, pm_non_exhaust_source
from footprint_vehicle_factor where set_id in ('no-2026-2', 'eu-2026-2', 'no-2026-market-2');

insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source)
select s.id, e.category, e.carrier, e.energy_per_km, e.energy_source
from (values ('no-2026-3'), ('eu-2026-3'), ('no-2026-market-3')) as s(id)
cross join (values
    ('M1', 'DIESEL', 0.06417, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 1832 (Passenger Cars, Diesel, Medium, Euro 3, DPF, EC): speed function at 30 km/h = 2.31 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Diesel: 36 MJ/l = 0.06417 l/km'),
    ('M1', 'HVO100', 0.06794, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 1832 (Passenger Cars, Diesel, Medium, Euro 3, DPF, EC): speed function at 30 km/h = 2.31 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the guidebook has no HVO row: the diesel engine''s row is taken (decision 045); divided by Directive (EU) 2018/2001, Annex III, row hydrotreated oil of biomass origin (replacing diesel): 34 MJ/l = 0.06794 l/km'),
    ('M1', 'PETROL', 0.09116, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 476 (Passenger Cars, Petrol, Medium, Euro 3, GDI, EC): speed function at 30 km/h = 2.917 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Petrol: 32 MJ/l = 0.09116 l/km'),
    ('M1', 'FOSSIL_GAS', 0.062, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 3131 (Passenger Cars, Petrol Bifuel CNG (CNG mode), Medium, Euro 4, EC): speed function at 30 km/h = 2.976 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro 3 row for it: its oldest stage after Euro 3 is taken; divided by IPCC 2006 Guidelines, vol. 2, ch. 1, table 1.2, row Natural Gas: 48.0 TJ/Gg = 0.062 kg/km'),
    ('M1', 'BIOGAS', 0.05952, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 3131 (Passenger Cars, Petrol Bifuel CNG (CNG mode), Medium, Euro 4, EC): speed function at 30 km/h = 2.976 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the annex has no Euro 3 row for it: its oldest stage after Euro 3 is taken; biomethane burns as methane: the CNG row is taken (decision 045); divided by Directive (EU) 2018/2001, Annex III, row biogas purified to natural gas quality: 50 MJ/kg = 0.05952 kg/km'),
    ('N1', 'DIESEL', 0.09494, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 4073 (Light Commercial Vehicles, Diesel, N1-III, Euro 3, DPF, EC): speed function at 30 km/h = 3.418 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Diesel: 36 MJ/l = 0.09494 l/km'),
    ('N1', 'HVO100', 0.1005, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 4073 (Light Commercial Vehicles, Diesel, N1-III, Euro 3, DPF, EC): speed function at 30 km/h = 3.418 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the guidebook has no HVO row: the diesel engine''s row is taken (decision 045); divided by Directive (EU) 2018/2001, Annex III, row hydrotreated oil of biomass origin (replacing diesel): 34 MJ/l = 0.1005 l/km'),
    ('N1', 'PETROL', 0.1555, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 3665 (Light Commercial Vehicles, Petrol, N1-III, Euro 3, PFI, EC): speed function at 30 km/h = 4.977 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Petrol: 32 MJ/l = 0.1555 l/km'),
    ('N2', 'DIESEL', 0.1993, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 5888 (Heavy Duty Trucks, Diesel, Rigid 7,5 - 12 t, Euro III, EC, load 50 %, slope 0 %): speed function at 30 km/h = 7.175 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Diesel: 36 MJ/l = 0.1993 l/km'),
    ('N2', 'HVO100', 0.211, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 5888 (Heavy Duty Trucks, Diesel, Rigid 7,5 - 12 t, Euro III, EC, load 50 %, slope 0 %): speed function at 30 km/h = 7.175 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the guidebook has no HVO row: the diesel engine''s row is taken (decision 045); divided by Directive (EU) 2018/2001, Annex III, row hydrotreated oil of biomass origin (replacing diesel): 34 MJ/l = 0.211 l/km'),
    ('N3', 'DIESEL', 0.3714, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 10568 (Heavy Duty Trucks, Diesel, Rigid 26 - 28 t, Euro III, EC, load 50 %, slope 0 %): speed function at 30 km/h = 13.37 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Diesel: 36 MJ/l = 0.3714 l/km'),
    ('N3', 'HVO100', 0.3932, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 10568 (Heavy Duty Trucks, Diesel, Rigid 26 - 28 t, Euro III, EC, load 50 %, slope 0 %): speed function at 30 km/h = 13.37 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the guidebook has no HVO row: the diesel engine''s row is taken (decision 045); divided by Directive (EU) 2018/2001, Annex III, row hydrotreated oil of biomass origin (replacing diesel): 34 MJ/l = 0.3932 l/km'),
    ('M2_M3', 'DIESEL', 0.3475, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 22268 (Buses, Diesel, Urban Buses Standard 15 - 18 t, Euro III, EC, load 50 %, slope 0 %): speed function at 30 km/h = 12.51 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Diesel: 36 MJ/l = 0.3475 l/km'),
    ('M2_M3', 'HVO100', 0.3679, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 22268 (Buses, Diesel, Urban Buses Standard 15 - 18 t, Euro III, EC, load 50 %, slope 0 %): speed function at 30 km/h = 12.51 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; the guidebook has no HVO row: the diesel engine''s row is taken (decision 045); divided by Directive (EU) 2018/2001, Annex III, row hydrotreated oil of biomass origin (replacing diesel): 34 MJ/l = 0.3679 l/km'),
    ('M2_M3', 'FOSSIL_GAS', 0.455, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26779 (Buses, CNG, Urban CNG Buses, Euro III, EC, Urban Peak): speed function at 30 km/h = 21.84 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by IPCC 2006 Guidelines, vol. 2, ch. 1, table 1.2, row Natural Gas: 48.0 TJ/Gg = 0.455 kg/km'),
    ('M2_M3', 'BIOGAS', 0.4368, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 26779 (Buses, CNG, Urban CNG Buses, Euro III, EC, Urban Peak): speed function at 30 km/h = 21.84 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; biomethane burns as methane: the CNG row is taken (decision 045); divided by Directive (EU) 2018/2001, Annex III, row biogas purified to natural gas quality: 50 MJ/kg = 0.4368 kg/km'),
    ('L', 'PETROL', 0.08303, 'EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row 28673 (L-Category, Petrol, Motorcycles 4-stroke 250 - 750 cm³, Euro 3, EC): speed function at 30 km/h = 2.657 MJ/km; read from cran/vein R/sysdata.rda (c1625d2), one copy; divided by Directive (EU) 2018/2001, Annex III, row Petrol: 32 MJ/l = 0.08303 l/km'),
    ('N1', 'BATTERY_ELECTRIC', 0.25, 'EMEP/EEA air pollutant emission inventory guidebook 2023 (update 2025, COPERT 5.9.1), 1.A.3.b.i-iv, Appendix 4 hot emission factors annex, row Light Commercial Vehicles, Battery electric, N1-III, EC: speed function at 30 km/h = 0.9002 MJ/km; read from TUBS-IVS/HAGRID hagrid/analysis/kpi/data/emep_hot_factors.csv (b26fa0c), its check value at 80 km/h reproduced; divided by 3.6 MJ/kWh = 0.25 kWh/km (vehicle side: charging losses not included)'),
    ('M1', 'BATTERY_ELECTRIC', 0.166, 'European Environment Agency, indicator "New registrations of electric vehicles in Europe" (edition on 2021 data, from the monitoring of new cars under Regulation (EU) 2019/631): "In 2021, the average energy consumption of BEVs ... was around 166" Wh/km (printed "kWh/km"), type-approval (WLTP), charging losses not included'),
    ('M2_M3', 'HYDROGEN', 0.1, 'JIVE and JIVE 2 fuel-cell bus projects (Fuel Cells and Hydrogen Joint Undertaking), knowledge base fuelcellbuses.eu, "Regular operations" (August 2023): "typical 8-10 kg/100 km with the previous generation of 12 m FCBs"; the upper end is taken')
) as e(category, carrier, energy_per_km, energy_source)
on conflict (set_id, category, carrier) do update set energy_per_km = excluded.energy_per_km,
                                                     energy_source = excluded.energy_source;

-- the Norwegian location-based set of 2026 is what a calculation that names no set is computed with from now on;
-- results already computed name their set and do not change
update footprint_factor_set set is_default = false where is_default;
update footprint_factor_set set is_default = true where id = 'no-2026-3';
--rollback update footprint_factor_set set is_default = false where id = 'no-2026-3'; update footprint_factor_set set is_default = true where id = 'no-2025'; delete from footprint_vehicle_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3'); delete from footprint_exhaust_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3'); delete from footprint_wear_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3'); delete from footprint_hydrogen_route_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3'); delete from footprint_carrier_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3'); delete from footprint_factor_set where id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3');
