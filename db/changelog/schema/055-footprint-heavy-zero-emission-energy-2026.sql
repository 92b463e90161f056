--liquibase formatted sql

--changeset buyzet:055-footprint-heavy-zero-emission-energy-2026 context:schema
-- Issue 16, decision 050: version 4 of the sets of 2026 (schema 054, not yet released when this was added, so the
-- version is still one release) also gives the energy use per km of battery trucks and buses and fuel-cell trucks,
-- from the Danish Energy Agency's technology data for commercial transport: the vehicle the diesel default of the same
-- category describes (a rigid N3 truck, a 12 m city bus), at typical load, the highest use of the sheet's three
-- driving cycles. docs/research/dea-2022/select_dea_rows.py selects them (dea-rows-selected.csv).
insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source)
select s.id, e.category, e.carrier, e.energy_per_km, e.energy_source
from (values ('no-2026-4'), ('eu-2026-4'), ('no-2026-market-4')) as s(id)
cross join (values
    ('N3', 'BATTERY_ELECTRIC', 1.016, 'Danish Energy Agency, Technology Data for commercial freight and passenger transport (data sheets; workbook created 2022-07-13, modified 2024-02-29), sheet BEV L1 (Rigid Solo Truck (N3) 3-axles max 28 tons), row 33 ''Fuel energy - typical load (MJ/km) / Long haul'', 2021: 3.6578 MJ/km; sheet Simulations, row 52 (2022 RIGID TRUCK - TYPICAL, LONG HAUL, Electric 290 kW): 0.9842 km/kWh; the highest use of the three cycles at typical load (the others: urban delivery 0.8951; regional delivery 0.9697 kWh/km), since a flow does not say where it drives; simulated with software emulating VECTO (the workbook''s reference 1), charging or refuelling losses not stated; read from the unmodified copy in PyPSA/technology-data, inputs/ (commit ec63b76) = 1.016 kWh/km'),
    ('M2_M3', 'BATTERY_ELECTRIC', 1.012, 'Danish Energy Agency, Technology Data for commercial freight and passenger transport (data sheets; workbook created 2022-07-13, modified 2024-02-29), sheet BEV B1 (City bus > 12 meters), row 31 ''Fuel energy - typical load (MJ/km) / City route'', 2021: 3.6425 MJ/km; sheet Simulations, row 77 (2022 CITY BUS - TYPICAL, CITY ROUTE, Electric 290 kW): 0.9883 km/kWh; the highest use of the three cycles at typical load (the others: rural route 0.8959; motorway 1.002 kWh/km), since a flow does not say where it drives; simulated with software emulating VECTO (the workbook''s reference 1), charging or refuelling losses not stated; read from the unmodified copy in PyPSA/technology-data, inputs/ (commit ec63b76) = 1.012 kWh/km'),
    ('N3', 'HYDROGEN', 0.05764, 'Danish Energy Agency, Technology Data for commercial freight and passenger transport (data sheets; workbook created 2022-07-13, modified 2024-02-29), sheet FCV L1 (Rigid Solo Truck (N3) 3-axles max 26 tons), row 31 ''Fuel energy - typical load (MJ/km) / Urban delivery'', 2021: 6.8481 MJ/km; sheet Simulations, row 95 (2022 RIGID TRUCK - TYPICAL, URBAN DELIVERY, Fuel Cell 290 kW): 17.3478 km/kg; the highest use of the three cycles at typical load (the others: regional delivery 0.05599; long haul 0.05572 kg/km), since a flow does not say where it drives; simulated with software emulating VECTO (the workbook''s reference 1), charging or refuelling losses not stated; read from the unmodified copy in PyPSA/technology-data, inputs/ (commit ec63b76) = 0.05764 kg/km')
) as e(category, carrier, energy_per_km, energy_source)
on conflict (set_id, category, carrier) do update set energy_per_km = excluded.energy_per_km,
                                                     energy_source = excluded.energy_source;
--rollback update footprint_vehicle_factor set energy_per_km = null, energy_source = null where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4') and energy_source like 'Danish Energy Agency%';
