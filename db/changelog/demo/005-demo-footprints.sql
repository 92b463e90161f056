--liquibase formatted sql

--changeset buyzet:demo-005-footprints context:demo
-- Declared flows of the demo needs and solutions; their results are computed at start-up with the
-- default factor set (FootprintBackfill), as publishing would have done.
insert into footprint_declaration (submission_id, flows, baseline_flows, declared_by)
select s.id, cast(d.flows as jsonb), cast(d.baseline as jsonb), s.author_id
from (values
  ('Avfallshenting fra 180 kommunale bygg',
   '[{"vehicleCategory":"N3","energyCarrier":"DIESEL","euroClass":"Euro VI","tripsPerYear":9000,"kmPerTrip":14,"energyPerKm":0.45,"vehicles":6}]',
   null),
  ('Electric refuse trucks with depot charging',
   '[{"vehicleCategory":"N3","energyCarrier":"BATTERY_ELECTRIC","vehicleKmPerYear":126000,"energyPerKm":1.3,"vehicles":6}]',
   '[{"vehicleCategory":"N3","energyCarrier":"DIESEL","euroClass":"Euro VI","vehicleKmPerYear":126000,"energyPerKm":0.45,"vehicles":6}]'),
  ('Håndverkertjenester uten dieselvarebil',
   '[{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":20000,"kmPerTrip":8,"vehicles":12}]',
   null),
  ('Elektriske varebiler og lastesykkel for rørleggeroppdrag',
   '[{"vehicleCategory":"N1","energyCarrier":"BATTERY_ELECTRIC","vehicleKmPerYear":120000,"vehicles":12,"measured":true},{"vehicleCategory":"L","energyCarrier":"BATTERY_ELECTRIC","vehicleKmPerYear":40000,"energyPerKm":0.02,"vehicles":4,"measured":true}]',
   '[{"vehicleCategory":"N1","energyCarrier":"DIESEL","vehicleKmPerYear":160000,"vehicles":12}]')
) as d(title, flows, baseline)
join submission s on s.title = d.title;
