--liquibase formatted sql

--changeset buyzet:044-vehicle-figures-2026 context:schema
-- Issue 16, decision 038: the vehicle figures of the sets of 2026 are only those whose table and row could
-- be read. That is non-exhaust PM (tyre, brake, road surface wear) for every vehicle category: the same
-- figures and citations as version 2 of the sets of 2025 (039), UBA's Informative Inventory Reports,
-- Table 1, rows PM2.5 and PM10, columns PCs, LDVs, HDVs, Buses and Motorcycles, mg/km, which UBA states are
-- the EMEP/EEA guidebook 2019 Tier 1 factors. They are copied, not referenced, because a set is a whole that
-- never changes once results name it.
-- Not loaded, because no primary copy of their tables could be read (docs/footprint-method.md lists them):
-- default energy use per km, exhaust NOx and PM2.5 by Euro class (EMEP/EEA guidebook 1.A.3.b.i-iv Tier 2),
-- hence no default Euro class, and studded-tyre road wear.
insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source)
select s.id, w.category, w.wear, w.pm25_g_per_km, w.pm25_source, w.pm10_g_per_km, w.pm10_source
from (values ('no-2026'), ('eu-2026')) as s(id)
cross join footprint_wear_factor w
where w.set_id = 'no-2025-2';
--rollback delete from footprint_wear_factor where set_id in ('no-2026', 'eu-2026');
