--liquibase formatted sql

--changeset buyzet:demo-006-contracts context:demo
-- Contracts two demo agencies have mapped. Figures are computed at start-up with the default
-- factor set, as saving them on the page would have done.
insert into footprint_contract (organisation_id, title, reference, cpv_codes, main_cpv, supplier_name, annual_value,
                                currency, end_date, flows, created_by, updated_by)
select m.organisation_id, c.title, c.reference, c.cpv::text[], (c.cpv::text[])[1], c.supplier, c.value, 'NOK',
       c.ends::date, cast(c.flows as jsonb), m.id, m.id
from (values
  ('agency@demo.buyzet.eu', 'Innsamling av husholdningsavfall, sone øst', 'REN-2021-014', '{90511000-2}',
   'Ren Retur Avfallsservice AS', 48000000, '2027-09-30',
   '[{"vehicleCategory":"N3","energyCarrier":"DIESEL","euroClass":"Euro VI","tripsPerYear":5200,"kmPerTrip":38,"energyPerKm":0.45,"vehicles":9},{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":1500,"kmPerTrip":22}]'),
  ('agency@demo.buyzet.eu', 'Transport av avfall til forbrenning', 'REN-2020-003', '{90512000-9}',
   'Nordic Haul AS', 21000000, '2026-12-31',
   '[{"vehicleCategory":"N3","energyCarrier":"HVO100","tripsPerYear":3100,"kmPerTrip":46,"energyPerKm":0.36,"vehicles":4}]'),
  ('agency@demo.buyzet.eu', 'Utleie og tømming av containere', 'REN-2022-021', '{44613000-0,90511000-2}',
   'Container Service Øst AS', 7400000, '2028-03-31',
   '[{"vehicleCategory":"N3","energyCarrier":"DIESEL","euroClass":"Euro VI","tripsPerYear":1900,"kmPerTrip":31,"energyPerKm":0.42},{"vehicleCategory":"N2","energyCarrier":"BIOGAS","tripsPerYear":800,"kmPerTrip":24,"energyPerKm":0.3}]'),
  ('agency@demo.buyzet.eu', 'Verkstedtjenester for renovasjonsbiler', 'REN-2023-002', '{50110000-9}',
   'Bilverksted Alna AS', 3200000, '2027-05-31',
   '[{"vehicleCategory":"N1","energyCarrier":"BATTERY_ELECTRIC","tripsPerYear":600,"kmPerTrip":18}]'),
  ('agency@demo.buyzet.eu', 'Kontorrekvisita', 'REN-2022-040', '{30192000-1}',
   'Kontorpartner Norge AS', 650000, '2026-10-31',
   '[{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":104,"kmPerTrip":35}]'),
  ('agency2@demo.buyzet.eu', 'Levering av PC-er og skjermer', 'UKE-2022-108', '{30213000-5}',
   'Datautstyr Nord AS', 36000000, '2027-06-30',
   '[{"vehicleCategory":"N2","energyCarrier":"DIESEL","tripsPerYear":900,"kmPerTrip":42,"energyPerKm":0.24},{"vehicleCategory":"N1","energyCarrier":"PETROL","tripsPerYear":1400,"kmPerTrip":16,"energyPerKm":0.11}]'),
  ('agency2@demo.buyzet.eu', 'Budtjenester i Oslo sentrum', 'UKE-2023-011', '{64120000-3}',
   'Sykkelbud Oslo AS', 1800000, '2027-12-31',
   '[{"vehicleCategory":"L","energyCarrier":"BATTERY_ELECTRIC","tripsPerYear":9000,"kmPerTrip":5,"energyPerKm":0.02},{"vehicleCategory":"N1","energyCarrier":"BATTERY_ELECTRIC","tripsPerYear":1200,"kmPerTrip":14}]'),
  ('agency2@demo.buyzet.eu', 'Renhold av kontorlokaler', 'UKE-2021-077', '{90910000-9}',
   'Rent Bygg AS', 12500000, '2026-08-31',
   '[{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":6200,"kmPerTrip":11}]'),
  ('agency2@demo.buyzet.eu', 'Kantinemat og møteservering', 'UKE-2024-004', '{55520000-1,15894000-1}',
   'Byens Kjøkken AS', 5400000, '2028-01-31',
   '[{"vehicleCategory":"N2","energyCarrier":"DIESEL","euroClass":"Euro VI","tripsPerYear":500,"kmPerTrip":28,"energyPerKm":0.22},{"vehicleCategory":"N1","energyCarrier":"DIESEL","vehicleKmPerYear":9000}]')
) as c(email, title, reference, cpv, supplier, value, ends, flows)
join member m on m.email = c.email;
