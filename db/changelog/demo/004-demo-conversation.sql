--liquibase formatted sql

--changeset buyzet:demo-004-comments context:demo
insert into submission_comment (submission_id, author_id, organisation_id, body, created_at)
select s.id, m.id, m.organisation_id, c.body, now() - (c.days_ago || ' days')::interval
from (values
  ('Avfallshenting fra 180 kommunale bygg', 'supplier2@demo.buyzet.eu',
   'Could you share how many of the 180 buildings have space for a 26 t truck to turn? Smaller electric trucks may suit the narrow streets.', 5),
  ('Avfallshenting fra 180 kommunale bygg', 'agency2@demo.buyzet.eu',
   'Vi har tilsvarende behov for våre bygg i indre by. Kan vi se på et felles kjøp?', 4),
  ('Håndverkertjenester uten dieselvarebil', 'supplier@demo.buyzet.eu',
   'Vi kan gjerne vise hvordan vi planlegger oppdrag med lastesykkel i sentrum. Er det aktuelt med et dialogmøte?', 3),
  ('Joint purchase: consolidated deliveries to schools', 'agency2@demo.buyzet.eu',
   'Utviklings- og kompetanseetaten is interested. Our 30 sites get deliveries from four suppliers today.', 2)
) as c(title, email, body, days_ago)
join submission s on s.title = c.title
join member m on m.email = c.email;

insert into submission_comment (submission_id, parent_id, author_id, organisation_id, body, created_at)
select p.submission_id, p.id, m.id, m.organisation_id,
       'Om lag 40 av byggene har trange adkomster. Vi legger ved en oversikt i neste runde.', now() - interval '4 days'
from submission_comment p
join member m on m.email = 'agency@demo.buyzet.eu'
where p.body like 'Could you share how many%';

--changeset buyzet:demo-004-interest context:demo
insert into submission_interest (submission_id, organisation_id, member_id)
select s.id, m.organisation_id, m.id
from (values
  ('Avfallshenting fra 180 kommunale bygg', 'supplier2@demo.buyzet.eu'),
  ('Håndverkertjenester uten dieselvarebil', 'supplier@demo.buyzet.eu'),
  ('Electric refuse trucks with depot charging', 'agency@demo.buyzet.eu'),
  ('Elektriske varebiler og lastesykkel for rørleggeroppdrag', 'agency2@demo.buyzet.eu')
) as i(title, email)
join submission s on s.title = i.title
join member m on m.email = i.email;
