--liquibase formatted sql

--changeset buyzet:046-market-set-vehicle-figures context:schema
-- Decision 037: the market-based Norwegian set differs from no-2026 in electricity alone, so it takes
-- no-2026's vehicle, exhaust and wear figures as loaded by 044, copied with their citations (a set is a
-- whole that never changes once results name it, so the rows are copied, not shared), and its
-- default Euro class.
update footprint_factor_set m set default_euro_class = l.default_euro_class
from footprint_factor_set l where m.id = 'no-2026-market' and l.id = 'no-2026';

insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
                                      pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km,
                                      pm_non_exhaust_source)
select 'no-2026-market', category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
       pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km, pm_non_exhaust_source
from footprint_vehicle_factor where set_id = 'no-2026';

insert into footprint_exhaust_factor (set_id, category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km,
                                      pm25_source)
select 'no-2026-market', category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km, pm25_source
from footprint_exhaust_factor where set_id = 'no-2026';

insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source)
select 'no-2026-market', category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source
from footprint_wear_factor where set_id = 'no-2026';
--rollback delete from footprint_wear_factor where set_id = 'no-2026-market'; delete from footprint_exhaust_factor where set_id = 'no-2026-market'; delete from footprint_vehicle_factor where set_id = 'no-2026-market'; update footprint_factor_set set default_euro_class = null where id = 'no-2026-market';
