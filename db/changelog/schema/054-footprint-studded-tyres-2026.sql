--liquibase formatted sql

--changeset buyzet:054-footprint-studded-tyres-2026 context:schema
-- Issue 16, decision 049: version 4 of the three sets of 2026 adds the road wear of studded tyres, which a flow counts
-- on the share of its km it declares on them instead of the ordinary road wear. Version 3 stays as it was
-- (decision 029), so every other row is copied. The figures are the direct PM10 and PM2.5 emission of the NORTRIP
-- road dust model's default studded-tyre road wear (MET Norway, the model Norway's road dust forecasts run on), at
-- 30 km/h like the sets' other vehicle defaults, on a dry reference pavement; no national inventory table could be
-- read (docs/research/studded-tyres-and-cvd-rows-search.md). L vehicles have none: NORTRIP has only light and heavy.
alter table footprint_wear_factor drop constraint footprint_wear_factor_wear_check;
alter table footprint_wear_factor add constraint footprint_wear_factor_wear_check
    check (wear in ('TYRE', 'BRAKE', 'ROAD', 'ROAD_STUDDED'));

insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis, is_default,
                                  default_euro_class)
select regexp_replace(v3.id, '-3$', '-4'), v3.name, '4', v3.valid_from, v3.boundary, v3.gwp_basis, v3.electricity_basis, false,
       v3.default_euro_class
from footprint_factor_set v3 where v3.id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3');

insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select regexp_replace(set_id, '-3$', '-4'), carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source
from footprint_carrier_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3');

insert into footprint_hydrogen_route_factor (set_id, route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)
select regexp_replace(set_id, '-3$', '-4'), route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source
from footprint_hydrogen_route_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3');

insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source)
select regexp_replace(set_id, '-3$', '-4'), category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source
from footprint_wear_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3');

insert into footprint_exhaust_factor (set_id, category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
                                      pm25_source)
select regexp_replace(set_id, '-3$', '-4'), category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
       pm25_source
from footprint_exhaust_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3');

insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
                                      pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km,
                                      pm_non_exhaust_source)
select regexp_replace(set_id, '-3$', '-4'), category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
       pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km, pm_non_exhaust_source
from footprint_vehicle_factor where set_id in ('no-2026-3', 'eu-2026-3', 'no-2026-market-3');

insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source)
select s.id, w.category, 'ROAD_STUDDED', w.pm25_g_per_km, w.pm25_source, w.pm10_g_per_km, w.pm10_source
from (values ('no-2026-4'), ('eu-2026-4'), ('no-2026-market-4')) as s(id)
cross join (values
    ('M1', 0.01358, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Light (li) = 2.88 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM2.5 = 0.022: 2.88 x 30/70 x 0.5 x 0.022 = 0.01358 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)', 0.1728, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Light (li) = 2.88 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM10 = 0.28: 2.88 x 30/70 x 0.5 x 0.28 = 0.1728 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)'),
    ('N1', 0.01358, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Light (li) = 2.88 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM2.5 = 0.022: 2.88 x 30/70 x 0.5 x 0.022 = 0.01358 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)', 0.1728, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Light (li) = 2.88 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM10 = 0.28: 2.88 x 30/70 x 0.5 x 0.28 = 0.1728 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)'),
    ('N2', 0.06789, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Heavy (he) = 14.4 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM2.5 = 0.022: 14.4 x 30/70 x 0.5 x 0.022 = 0.06789 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)', 0.864, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Heavy (he) = 14.4 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM10 = 0.28: 14.4 x 30/70 x 0.5 x 0.28 = 0.864 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)'),
    ('N3', 0.06789, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Heavy (he) = 14.4 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM2.5 = 0.022: 14.4 x 30/70 x 0.5 x 0.022 = 0.06789 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)', 0.864, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Heavy (he) = 14.4 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM10 = 0.28: 14.4 x 30/70 x 0.5 x 0.28 = 0.864 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)'),
    ('M2_M3', 0.06789, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Heavy (he) = 14.4 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM2.5 = 0.022: 14.4 x 30/70 x 0.5 x 0.022 = 0.06789 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)', 0.864, 'NORTRIP road dust emission model (MET Norway), parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params.txt (commit 13d710e), Road wear: W0,roadwear, Studded tyres (st), Heavy (he) = 14.4 g/km/veh; speed dependence W = W0 x max(V, 30)/70 (a1 0, a2 1, a3 1, Vref 70, Vmin 30), taken at 30 km/h; f0,dir-roadwear = 0.5 (share emitted directly from a dry road); fPM,roadwear PM10 = 0.28: 14.4 x 30/70 x 0.5 x 0.28 = 0.864 g/km. Reference pavement (factor 1; the file''s Norwegian NBM pavements wear 1.9-3.6 times more); road dust suspended again later is not included, as in the guidebook''s wear figures (decision 049)')
) as w(category, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source);

-- what a calculation that names no set is computed with from now on; results already computed name their set
update footprint_factor_set set is_default = false where is_default;
update footprint_factor_set set is_default = true where id = 'no-2026-4';
--rollback update footprint_factor_set set is_default = false where id = 'no-2026-4'; update footprint_factor_set set is_default = true where id = 'no-2026-3'; delete from footprint_wear_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4'); delete from footprint_vehicle_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4'); delete from footprint_exhaust_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4'); delete from footprint_hydrogen_route_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4'); delete from footprint_carrier_factor where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4'); delete from footprint_factor_set where id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4'); alter table footprint_wear_factor drop constraint footprint_wear_factor_wear_check; alter table footprint_wear_factor add constraint footprint_wear_factor_wear_check check (wear in ('TYRE', 'BRAKE', 'ROAD'));
