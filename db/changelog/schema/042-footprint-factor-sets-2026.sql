--liquibase formatted sql

--changeset buyzet:042-factor-sets-2026 context:schema
-- Issue 16: the first factor sets built from primary sources, table and row, for carriers
-- (043), vehicle energy use, exhaust and wear (044). The sets of 2025 stay as they are, so
-- every result computed with them can still be explained (decision 029); these become the
-- default only once their figures are loaded. Descriptions of the electricity basis are set
-- with the carrier figures that fix them.
insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis, is_default) values
  ('no-2026', 'Norway 2026', '1', '2026-01-01',
   'Well-to-wheel (ISO 14083): well-to-tank plus tank-to-wheel, per year, actual distances (no GLEC uplift)',
   'GWP100 as in the cited sources; biogenic CO2 at the tailpipe counted as zero',
   'Location-based', false),
  ('eu-2026', 'EU average 2026', '1', '2026-01-01',
   'Well-to-wheel (ISO 14083): well-to-tank plus tank-to-wheel, per year, actual distances (no GLEC uplift)',
   'GWP100 as in the cited sources; biogenic CO2 at the tailpipe counted as zero',
   'Location-based', false);
--rollback delete from footprint_factor_set where id in ('no-2026', 'eu-2026');
