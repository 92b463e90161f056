--liquibase formatted sql

--changeset buyzet:demo-007-proposal-needs context:demo
-- Two agencies' needs for deliveries to schools, gathered by the demo joint-purchase proposal.
insert into submission (forum_id, kind, title, summary, body_markdown, status, author_id, organisation_id, published_at)
select f.id, 'NEED', s.title, s.summary, s.body, 'PUBLISHED', m.id, m.organisation_id, now() - (s.days_ago || ' days')::interval
from (values
  ('agency2@demo.buyzet.eu', 'Varelevering til 25 skoler i bydel Grorud',
   'Mat, papir og rengjøringsmidler leveres i dag av fire leverandører med egne varebiler.',
   E'Skolene får **1 100 leveranser** i året fra fire leverandører. Vi ønsker samlet, utslippsfri levering.', 6),
  ('agency@demo.buyzet.eu', 'Deliveries of supplies to 12 recycling stations',
   'Office and workshop supplies reach our stations by diesel van several times a week.',
   E'About **600 deliveries a year** by diesel vans. We would join a consolidated, zero-emission delivery contract.', 4)
) as s(email, title, summary, body, days_ago)
join forum f on f.title_en = 'Goods delivery to schools'
join member m on m.email = s.email;

insert into submission_cpv (submission_id, cpv_code, position)
select s.id, '60100000-9', 0 from submission s
where s.title in ('Varelevering til 25 skoler i bydel Grorud', 'Deliveries of supplies to 12 recycling stations');

insert into footprint_declaration (submission_id, flows, declared_by)
select s.id, cast(d.flows as jsonb), s.author_id
from (values
  ('Varelevering til 25 skoler i bydel Grorud',
   '[{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":1100,"kmPerTrip":24,"vehicles":4}]'),
  ('Deliveries of supplies to 12 recycling stations',
   '[{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":600,"kmPerTrip":31,"vehicles":2}]')
) as d(title, flows)
join submission s on s.title = d.title;

insert into proposal_need (proposal_id, need_id, linked_by)
select p.id, n.id, p.author_id
from submission p, submission n
where p.title = 'Joint purchase: consolidated deliveries to schools'
  and n.title in ('Varelevering til 25 skoler i bydel Grorud', 'Deliveries of supplies to 12 recycling stations');
