--liquibase formatted sql

--changeset buyzet:demo-003-submissions context:demo
insert into submission (forum_id, kind, title, summary, body_markdown, status, author_id, organisation_id, published_at)
select f.id, s.kind, s.title, s.summary, s.body, 'PUBLISHED', m.id, m.organisation_id, now() - (s.days_ago || ' days')::interval
from (values
  ('Zero-emission waste collection', 'agency@demo.buyzet.eu', 'NEED',
   'Avfallshenting fra 180 kommunale bygg',
   'Vi ønsker utslippsfri avfallshentingen ved kommunens skoler, sykehjem og kontorbygg fra 2027.',
   E'Renovasjons- og gjenvinningsetaten henter i dag avfall fra rundt **180 kommunale bygg**.\n\n- om lag 9 000 turer i året\n- gjennomsnittlig 14 km per tur\n- i dag dieselbiler (Euro VI)\n\nVi vil gjerne høre hvordan markedet kan levere **utslippsfri avfallshenting** med elektriske eller hydrogendrevne renovasjonsbiler.', 20),
  ('Zero-emission waste collection', 'supplier2@demo.buyzet.eu', 'SOLUTION',
   'Electric refuse trucks with depot charging',
   'Battery-electric 26 t refuse trucks charged overnight at our depot in Groruddalen.',
   E'We operate **battery-electric refuse trucks** (N3, 26 t) with a range of 180 km per shift.\n\n1. overnight depot charging on renewable electricity\n2. route planning that consolidates pick-ups\n3. telematics reporting of km and kWh per contract\n\nWe can start with a pilot district in 2027.', 12),
  ('Repair and maintenance with zero-emission transport', 'agency2@demo.buyzet.eu', 'NEED',
   'Håndverkertjenester uten dieselvarebil',
   'Vedlikehold av kommunale bygg med elektriske varebiler og lastesykler.',
   E'Utviklings- og kompetanseetaten kjøper håndverkertjenester for om lag 40 mill. kr i året. Håndverkerne kjører mange korte turer med varebil.\n\nHvordan kan leveransene bli utslippsfrie? Vi er særlig interessert i **lastesykler** for små oppdrag og **materiallager** nær byggene.', 9),
  ('Repair and maintenance with zero-emission transport', 'supplier@demo.buyzet.eu', 'SOLUTION',
   'Elektriske varebiler og lastesykkel for rørleggeroppdrag',
   'Grønn Håndverk AS kjører alle oppdrag i sentrum med elvarebil eller el-lastesykkel.',
   E'Vi har **12 elektriske varebiler** (N1) og **4 el-lastesykler**.\n\nSmå oppdrag i bydel Frogner, Gamle Oslo og Grünerløkka løses med lastesykkel; større med elvarebil.', 5),
  ('Goods delivery to schools', 'agency@demo.buyzet.eu', 'PROPOSAL',
   'Joint purchase: consolidated deliveries to schools',
   'An invitation to other agencies to buy consolidated, zero-emission deliveries of food and supplies together.',
   E'Several agencies buy deliveries to the same schools. A **joint purchase** through one consolidation centre could cut trips by half.\n\nWe invite agencies that deliver to schools to join a buyer group.', 3)
) as s(forum_title, email, kind, title, summary, body, days_ago)
join forum f on f.title_en = s.forum_title
join member m on m.email = s.email;

insert into submission_cpv (submission_id, cpv_code, position)
select s.id, f.cpv_code, f.position
from submission s join forum_cpv f on f.forum_id = s.forum_id;
