--liquibase formatted sql

--changeset buyzet:052-contract-cvd-targets-germany-czechia context:schema
-- Decision 040 stores a member state's targets only from a primary text. The Annex of Directive
-- (EU) 2019/1161 (Tables 3 and 4) still could not be read, but two national laws that transpose it
-- state their own country's row in full and could be read (docs/research/cvd-annex-targets.md):
-- Germany's SaubFahrzeugBeschG § 6 (both periods, and half of the bus target zero-emission) and
-- Czechia's zákon 360/2022 Sb. § 4 (the second period only: its first period runs from the Act's
-- entry into force, whose date we read only in a secondary text). Each row cites the paragraph it
-- was read from. The German federal bodies' own top-up to 42.5 % (§ 6 (1a)) binds only the federal
-- level and is not stored.
insert into contract_cvd_target (country, vehicle_group, period_from, period_to, clean_min_percent,
                                 zero_emission_min_percent, source)
values
  ('DE', 'LIGHT_DUTY', date '2021-08-02', date '2025-12-31', 38.5, null,
   'Saubere-Fahrzeuge-Beschaffungs-Gesetz (SaubFahrzeugBeschG), § 6 (1) sentence 2: "ein Mindestziel von 38,5 Prozent" '
   || 'for clean light-duty vehicles in both reference periods; Germany''s row of Table 3 of the Annex to Directive '
   || '2009/33/EC as transposed; read on gesetze-im-internet.de'),
  ('DE', 'LIGHT_DUTY', date '2026-01-01', date '2030-12-31', 38.5, null,
   'Saubere-Fahrzeuge-Beschaffungs-Gesetz (SaubFahrzeugBeschG), § 6 (1) sentence 2: "ein Mindestziel von 38,5 Prozent" '
   || 'for clean light-duty vehicles in both reference periods; Germany''s row of Table 3 of the Annex to Directive '
   || '2009/33/EC as transposed; read on gesetze-im-internet.de'),
  ('DE', 'TRUCK', date '2021-08-02', date '2025-12-31', 10, null,
   'SaubFahrzeugBeschG § 6 (2) no. 1 (a): "für LKW der Fahrzeugklassen N2 und N3 10 Prozent" from 2 August 2021 to '
   || '31 December 2025; Germany''s row of Table 4 of the Annex to Directive 2009/33/EC as transposed; read on '
   || 'gesetze-im-internet.de'),
  ('DE', 'TRUCK', date '2026-01-01', date '2030-12-31', 15, null,
   'SaubFahrzeugBeschG § 6 (2) no. 2 (a): "für LKW der Fahrzeugklassen N2 und N3 15 Prozent" from 1 January 2026 to '
   || '31 December 2030; Germany''s row of Table 4 of the Annex to Directive 2009/33/EC as transposed; read on '
   || 'gesetze-im-internet.de'),
  ('DE', 'BUS', date '2021-08-02', date '2025-12-31', 45, 22.5,
   'SaubFahrzeugBeschG § 6 (2) no. 1 (b): "für Busse der Fahrzeugklasse M3 45 Prozent" from 2 August 2021 to '
   || '31 December 2025, and § 6 (3): half of it with zero-emission buses ("Die Hälfte des Mindestziels ... muss durch '
   || 'die Beschaffung emissionsfreier Busse ... erfüllt werden"); read on gesetze-im-internet.de'),
  ('DE', 'BUS', date '2026-01-01', date '2030-12-31', 65, 32.5,
   'SaubFahrzeugBeschG § 6 (2) no. 2 (b): "für Busse der Fahrzeugklasse M3 65 Prozent" from 1 January 2026 to '
   || '31 December 2030, and § 6 (3): half of it with zero-emission buses; read on gesetze-im-internet.de'),
  ('CZ', 'LIGHT_DUTY', date '2026-01-01', date '2030-12-31', 29.7, null,
   'Zákon č. 360/2022 Sb. o podpoře nízkoemisních vozidel, § 4 (1) (a) no. 2: "29,7 % od 1. ledna 2026 do 31. prosince '
   || '2030" for M1, M2 and N1; Czechia''s row of Table 3 of the Annex to Directive 2009/33/EC as transposed; read on '
   || 'public.codexis.cz'),
  ('CZ', 'TRUCK', date '2026-01-01', date '2030-12-31', 11, null,
   'Zákon č. 360/2022 Sb., § 4 (1) (c) no. 2: "11 % od 1. ledna 2026 do 31. prosince 2030" for N2 and N3; Czechia''s '
   || 'row of Table 4 of the Annex to Directive 2009/33/EC as transposed; read on public.codexis.cz'),
  ('CZ', 'BUS', date '2026-01-01', date '2030-12-31', 60, 30,
   'Zákon č. 360/2022 Sb., § 4 (1) (b) no. 2: "60 % od 1. ledna 2026 do 31. prosince 2030" for M3 class I and class A '
   || '(and trolleybuses), and § 4 (4): half of it with vehicles without a combustion engine or emitting under 1 g '
   || 'CO2/kWh; read on public.codexis.cz. The Czech row names M3 class I and class A only; the portal''s bus '
   || 'group is every M3');
--rollback delete from contract_cvd_target where country in ('DE', 'CZ');
