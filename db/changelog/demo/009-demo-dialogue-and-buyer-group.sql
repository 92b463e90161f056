--liquibase formatted sql

-- The rest of the chain, so that a new visitor finds no empty box: a market dialogue taking
-- questions and input, and a buyer group of three agencies with supplier interest above the
-- threshold of three. Rows, timelines and phases are those the services would have written.

--changeset buyzet:demo-009-suppliers context:demo
-- Two more supplier accounts, so that more than three supplier organisations can show interest.
insert into member (organisation_id, email, display_name, roles, preferred_locale)
select o.id, m.email, m.display_name, '{SUPPLIER}', m.locale
from (values
  ('911550040', null, 'supplier3@demo.buyzet.eu', 'Jonas Dahl', 'nb'),
  (null, 'NL859521423B01', 'supplier4@demo.buyzet.eu', 'Sanne de Vries', 'en')
) as m(org_number, vat_number, email, display_name, locale)
join organisation o on o.org_number = m.org_number or o.vat_number = m.vat_number;

insert into local_account (member_id, password_hash)
select id, '{bcrypt}$2a$10$i2PfdNgHi3/WdSP2CgXUA.jU5MiD2bosSX1Agh7WPLBX/bPHjb4uS' from member
where email in ('supplier3@demo.buyzet.eu', 'supplier4@demo.buyzet.eu');

--changeset buyzet:demo-009-dialogue context:demo
-- A dialogue on the refuse collection need, announced by the forum's moderator and open for
-- questions and input: two suppliers registered, two questions answered, a plenary meeting planned.
insert into dialogue (forum_id, submission_id, title, purpose, questions, phase, clarification_deadline, created_by,
                      created_at)
select f.id, s.id, 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg',
       E'Renovasjons- og gjenvinningsetaten vil hente avfall fra rundt 180 kommunale bygg med utslippsfrie kjøretøy fra 2027.\n\nVi vil vite hva markedet kan levere, når, og hvilke krav som gir flest tilbydere.',
       array['Hvilke utslippsfrie kjøretøy kan dere stille med i 2027, og hvor mange?',
             'Hva trenger dere av ladetid eller lading ved byggene?',
             'Hvilken kontraktslengde trengs for å avskrive kjøretøyene?'],
       'OPEN', now() + interval '21 days', m.id, now() - interval '10 days'
from forum f
join submission s on s.title = 'Avfallshenting fra 180 kommunale bygg'
cross join (select id from member where email = 'moderator@demo.buyzet.eu') m
where f.title_en = 'Zero-emission waste collection';

insert into dialogue_participant (dialogue_id, organisation_id, registered_by, registered_at)
select d.id, m.organisation_id, m.id, now() - (p.days_ago || ' days')::interval
from dialogue d
join (values ('supplier2@demo.buyzet.eu', 8), ('supplier@demo.buyzet.eu', 7)) as p(email, days_ago) on true
join member m on m.email = p.email
where d.title = 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg';

insert into dialogue_question (dialogue_id, asked_by, asker_organisation_id, original_text, published_text, answer,
                               answered_by, asked_at, published_at)
select d.id, a.id, a.organisation_id, q.original, q.published, q.answer, mod.id,
       now() - (q.asked || ' days')::interval, now() - (q.answered || ' days')::interval
from dialogue d
join (values
  ('supplier2@demo.buyzet.eu',
   'Ren Retur wonders whether the 40 buildings with narrow access may be served by smaller trucks than 26 t.',
   'Kan bygg med trange adkomster betjenes med mindre biler enn 26 tonn?',
   'Ja. Om lag 40 bygg har trange adkomster; der godtar vi 12–16 tonns elektriske biler eller hyppigere tømming med mindre beholdere.',
   7, 5),
  ('supplier@demo.buyzet.eu',
   'Kan vi lade ved byggene på natta?',
   'Kan leverandøren lade ved kommunens bygg?',
   'Ikke i første kontraktsperiode. Lading skjer ved leverandørens depot; kommunen vurderer ladepunkter ved de største byggene fra 2028.',
   6, 4)
) as q(email, original, published, answer, asked, answered) on true
join member a on a.email = q.email
cross join (select id from member where email = 'moderator@demo.buyzet.eu') mod
where d.title = 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg';

insert into dialogue_input (dialogue_id, organisation_id, question_index, answer, confidential, submitted_by, submitted_at)
select d.id, m.organisation_id, i.idx, i.answer, i.confidential, m.id, now() - (i.days_ago || ' days')::interval
from dialogue d
join (values
  ('supplier2@demo.buyzet.eu', 0,
   'Six battery-electric 26 t refuse trucks from March 2027, two 16 t trucks for narrow streets from June 2027.', false, 3),
  ('supplier2@demo.buyzet.eu', 1,
   'None: we charge overnight at our depot in Groruddalen. A 22 kW point at the ten largest buildings would add a buffer.', false, 3),
  ('supplier2@demo.buyzet.eu', 2,
   'Seven years, so that the trucks are written off within the contract; with five years our price rises by about 12 %.', true, 3),
  ('supplier@demo.buyzet.eu', 0,
   'Vi kan hente småavfall og farlig avfall fra verkstedene med to elvarebiler (N1) fra 2027.', false, 2),
  ('supplier@demo.buyzet.eu', 2,
   'Fem år er nok for varebiler; lengre kontrakt gir oss trygghet til å kjøpe flere.', false, 2)
) as i(email, idx, answer, confidential, days_ago) on true
join member m on m.email = i.email
where d.title = 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg';

insert into dialogue_meeting (dialogue_id, kind, title, starts_at, slot_minutes, capacity, place, online_link,
                              created_by, created_at)
select d.id, 'PLENARY', 'Dialogmøte om utslippsfri avfallshenting',
       date_trunc('day', now()) + interval '14 days 9 hours', 120, 40, 'Oslo rådhus, møterom 1',
       'https://meet.demo.buyzet.eu/avfall', m.id, now() - interval '4 days'
from dialogue d
cross join (select id from member where email = 'moderator@demo.buyzet.eu') m
where d.title = 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg';

insert into dialogue_booking (meeting_id, organisation_id, booked_by, booked_at, seat)
select mt.id, m.organisation_id, m.id, now() - (b.days_ago || ' days')::interval, b.seat
from dialogue_meeting mt
join (values ('supplier2@demo.buyzet.eu', 0, 3), ('supplier@demo.buyzet.eu', 1, 2)) as b(email, seat, days_ago) on true
join member m on m.email = b.email
where mt.title = 'Dialogmøte om utslippsfri avfallshenting';

-- The timeline, in the order the services wrote it.
insert into dialogue_event (dialogue_id, step, detail, by_member, at)
select d.id, e.step, e.detail, m.id, now() - (e.days_ago || ' days')::interval - (e.ord || ' minutes')::interval
from dialogue d
join (values
  (1, 'announced', 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg', 'moderator@demo.buyzet.eu', 10),
  (2, 'phase-open', null, 'moderator@demo.buyzet.eu', 9),
  (3, 'registered', 'Ren Retur Avfallsservice AS', 'supplier2@demo.buyzet.eu', 8),
  (4, 'registered', 'Grønn Håndverk AS', 'supplier@demo.buyzet.eu', 7),
  (5, 'answer-published', null, 'moderator@demo.buyzet.eu', 5),
  (6, 'answer-published', null, 'moderator@demo.buyzet.eu', 4),
  (7, 'meeting-planned', 'Dialogmøte om utslippsfri avfallshenting', 'moderator@demo.buyzet.eu', 4)
) as e(ord, step, detail, email, days_ago) on true
join member m on m.email = e.email
where d.title = 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg'
order by e.ord;

--changeset buyzet:demo-009-buyer-group context:demo
-- A second joint-purchase proposal, formed into a group of three agencies. (The first proposal
-- stays without a group: browser tests form one from it.) Baselines are the mapped contracts'
-- figures with the default factor set, as joining computes them.
insert into submission (forum_id, kind, title, summary, body_markdown, status, author_id, organisation_id, published_at)
select f.id, 'PROPOSAL', 'Felles innkjøp: utslippsfri levering av mat og rekvisita',
       'Tre etater samler leveransene av mat, kantinevarer og kontorrekvisita i én utslippsfri kontrakt.',
       E'Renovasjons- og gjenvinningsetaten, Utviklings- og kompetanseetaten og Utdanningsetaten får i dag mat og rekvisita med **dieselvarebiler** fra fem leverandører.\n\nEn felles kontrakt med samlastning og elektriske varebiler kan halvere turene. Vi inviterer flere etater til å bli med.',
       'PUBLISHED', m.id, m.organisation_id, now() - interval '15 days'
from forum f cross join (select id, organisation_id from member where email = 'agency@demo.buyzet.eu') m
where f.title_en = 'Goods delivery to schools';

insert into submission_cpv (submission_id, cpv_code, position)
select s.id, c.code, c.pos from submission s
join (values ('60100000-9', 0), ('15894000-1', 1)) as c(code, pos) on true
where s.title = 'Felles innkjøp: utslippsfri levering av mat og rekvisita';

insert into buyer_group (proposal_id, lead_organisation_id, status, planned_tender_date, created_by, created_at)
select s.id, s.organisation_id, 'FORMING', (date_trunc('year', now()) + interval '1 year 3 months')::date, s.author_id,
       now() - interval '12 days'
from submission s where s.title = 'Felles innkjøp: utslippsfri levering av mat og rekvisita';

-- agency2's share is for the other agencies only: suppliers and the open API see that a share is withheld.
insert into buyer_group_member (group_id, organisation_id, quantity, unit, annual_value, currency, footprint_source,
                                footprint_source_id, baseline_co2e_kg, baseline_ttw_kg, baseline_vehicle_km,
                                contact_name, contact_email, joint_parts, visible_to_agencies, visible_to_suppliers,
                                letter_signed_by, letter_signed_member, letter_signed_at, joined_by, joined_at)
select g.id, m.organisation_id, j.quantity, j.unit, j.value, 'NOK', 'CONTRACT', c.id, j.co2e, j.ttw, j.vkm,
       m.display_name, m.email, j.parts::text[], true, j.to_suppliers,
       case when j.signed then m.display_name end, case when j.signed then m.id end,
       case when j.signed then now() - interval '3 days' end, m.id, now() - (j.days_ago || ' days')::interval
from buyer_group g
join submission s on s.id = g.proposal_id
join (values
  ('agency@demo.buyzet.eu', 'Kontorrekvisita', 104, 'DELIVERIES_PER_YEAR', 650000, 1126.75, 905.93, 3640,
   '{MARKET_DIALOGUE,TENDER_DOCUMENTS,TENDERING_AND_AWARD}', true, true, 12),
  ('agency2@demo.buyzet.eu', 'Kantinemat og møteservering', 1400, 'DELIVERIES_PER_YEAR', 5400000, 12634.13, 10158.06, 23000,
   '{MARKET_DIALOGUE,TENDER_DOCUMENTS,TENDERING_AND_AWARD}', false, false, 10),
  ('agency3@demo.buyzet.eu', 'Skolemat og skolemelk til 40 skoler', 7600, 'DELIVERIES_PER_YEAR', 9800000, 32935.80, 26480.94, 106400,
   '{MARKET_DIALOGUE,TENDER_DOCUMENTS,TENDERING_AND_AWARD,CONTRACT_MANAGEMENT}', true, true, 9)
) as j(email, contract, quantity, unit, value, co2e, ttw, vkm, parts, to_suppliers, signed, days_ago) on true
join member m on m.email = j.email
join footprint_contract c on c.title = j.contract and c.organisation_id = m.organisation_id
where s.title = 'Felles innkjøp: utslippsfri levering av mat og rekvisita';

insert into buyer_group_interest (group_id, organisation_id, statement, solution_ids, registered_by, registered_at)
select g.id, m.organisation_id, i.statement, sol.solutions, m.id, now() - (i.days_ago || ' days')::interval
from buyer_group g
join submission s on s.id = g.proposal_id
join (values
  ('supplier3@demo.buyzet.eu', 'Vi leverer med el-lastesykler i indre by og kan ta de små leveransene til skolene.', 8),
  ('supplier4@demo.buyzet.eu', 'We run a consolidation centre with electric trucks in Rotterdam and would bid with a Norwegian partner.', 7),
  ('supplier2@demo.buyzet.eu', 'We can deliver with electric trucks from our Groruddalen depot as part of a consortium.', 6),
  ('supplier@demo.buyzet.eu', 'Vi kan stille med elvarebiler for rekvisita til verkstedene.', 5)
) as i(email, statement, days_ago) on true
join member m on m.email = i.email
cross join lateral (select coalesce(array_agg(x.id), '{}') as solutions from submission x
                    where x.kind = 'SOLUTION' and x.status = 'PUBLISHED' and x.organisation_id = m.organisation_id
                      and i.email = 'supplier2@demo.buyzet.eu') sol
where s.title = 'Felles innkjøp: utslippsfri levering av mat og rekvisita';

-- The group's record, in the order the services wrote it.
insert into buyer_group_step (group_id, step, from_status, to_status, detail, by_member, at)
select g.id, e.step, null, e.to_status, e.detail, m.id, now() - (e.days_ago || ' days')::interval - (e.ord || ' minutes')::interval
from buyer_group g
join submission s on s.id = g.proposal_id
join (values
  (1, 'formed', 'FORMING', null, 'agency@demo.buyzet.eu', 12),
  (2, 'joined', null, '104 DELIVERIES_PER_YEAR', 'agency@demo.buyzet.eu', 12),
  (3, 'joined', null, '1400 DELIVERIES_PER_YEAR', 'agency2@demo.buyzet.eu', 10),
  (4, 'joined', null, '7600 DELIVERIES_PER_YEAR', 'agency3@demo.buyzet.eu', 9),
  (5, 'interest-registered', null, 'Sykkelbud Oslo AS', 'supplier3@demo.buyzet.eu', 8),
  (6, 'interest-registered', null, 'Stadslogistiek Rotterdam B.V.', 'supplier4@demo.buyzet.eu', 7),
  (7, 'interest-registered', null, 'Ren Retur Avfallsservice AS', 'supplier2@demo.buyzet.eu', 6),
  (8, 'interest-registered', null, 'Grønn Håndverk AS', 'supplier@demo.buyzet.eu', 5),
  (9, 'letter-signed', null, 'Ingrid Hansen', 'agency@demo.buyzet.eu', 3),
  (10, 'letter-signed', null, 'Sofie Lie', 'agency3@demo.buyzet.eu', 3)
) as e(ord, step, to_status, detail, email, days_ago) on true
join member m on m.email = e.email
where s.title = 'Felles innkjøp: utslippsfri levering av mat og rekvisita'
order by e.ord;
