--liquibase formatted sql

--changeset buyzet:056-footprint-gas-van-energy-2026 context:schema
-- Issue 16, decision 051: version 4 of the sets of 2026 also gives the energy use per km of a gas van (N1 on fossil
-- gas or biomethane), from the JRC's JRC-IDEES 2021 transport workbook for Germany: the real-world average of the
-- German stock of CNG vans in 2021, divided by the gas's energy content as the sets' other gas rows are. Only a pair
-- that had no energy figure gains one, so no result computed before changes: a flow of it had to give its own.
-- docs/research/jrc-idees-2021/select_jrc_rows.py reads the row (jrc-rows-selected.csv).
insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source)
select s.id, 'N1', e.carrier, e.energy_per_km, e.energy_source
from (values ('no-2026-4'), ('eu-2026-4'), ('no-2026-market-4')) as s(id)
cross join (values
    ('FOSSIL_GAS', 0.07662, 'European Commission, Joint Research Centre, JRC-IDEES-2021 (v2021-1.00), Transport, Germany (JRC-IDEES-2021_Transport_DE.xlsx), sheet TrRoad_ene, row 81 ''Natural gas engine'' under light commercial vehicles, Vehicle-efficiency - effective (kgoe/100 km), code Eff.kgoe_per_100km.DE.Tr.Road.Freight.LCV.ICE.NGas, 2021: 8.7838 kgoe/100 km, the real-world average of the German stock of CNG vans (11,437 vehicles); x 41.868 MJ/kgoe (Eurostat and IEA convention) = 3.678 MJ/km; no EU-wide table could be read; read from the unchanged copy in calliope-project/ec_jrc_idees, tests/files/ (commit 0714eda), CC BY 4.0; divided by IPCC 2006 Guidelines, vol. 2, ch. 1, table 1.2, row Natural Gas: 48.0 TJ/Gg = 0.07662 kg/km'),
    ('BIOGAS', 0.07355, 'European Commission, Joint Research Centre, JRC-IDEES-2021 (v2021-1.00), Transport, Germany (JRC-IDEES-2021_Transport_DE.xlsx), sheet TrRoad_ene, row 81 ''Natural gas engine'' under light commercial vehicles, Vehicle-efficiency - effective (kgoe/100 km), code Eff.kgoe_per_100km.DE.Tr.Road.Freight.LCV.ICE.NGas, 2021: 8.7838 kgoe/100 km, the real-world average of the German stock of CNG vans (11,437 vehicles); x 41.868 MJ/kgoe (Eurostat and IEA convention) = 3.678 MJ/km; no EU-wide table could be read; read from the unchanged copy in calliope-project/ec_jrc_idees, tests/files/ (commit 0714eda), CC BY 4.0; biomethane burns as methane: the same engine (decision 045); divided by Directive (EU) 2018/2001, Annex III, row biogas purified to natural gas quality: 50 MJ/kg = 0.07355 kg/km')
) as e(carrier, energy_per_km, energy_source)
on conflict (set_id, category, carrier) do update set energy_per_km = excluded.energy_per_km,
                                                     energy_source = excluded.energy_source;
--rollback update footprint_vehicle_factor set energy_per_km = null, energy_source = null where set_id in ('no-2026-4', 'eu-2026-4', 'no-2026-market-4') and energy_source like 'European Commission, Joint Research Centre, JRC-IDEES%';
