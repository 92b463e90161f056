--liquibase formatted sql

-- The four priority areas of the BuyZET cities, as forums run by the demo moderator.

--changeset buyzet:demo-002-forums context:demo
insert into forum (title_nb, title_en, description_nb, description_en, region, visibility, created_by)
select f.title_nb, f.title_en, f.description_nb, f.description_en, f.region, f.visibility, m.id
from (values
  ('Avfallshenting uten utslipp', 'Zero-emission waste collection',
   'Hvordan kan renovasjon og avfallshenting fra kommunens egne bygg skje med utslippsfrie kjøretøy? Forumet samler etater og leverandører av innsamling og gjenvinning.',
   'How can refuse collection from the municipality''s own buildings be done with zero-emission vehicles? The forum brings together agencies and suppliers of collection and recycling.',
   'Oslo', 'PUBLIC', 1),
  ('Reparasjon og vedlikehold med utslippsfri transport', 'Repair and maintenance with zero-emission transport',
   'Håndverkere kjører mange korte turer med varebil. Her møtes byggeiere og håndverksbedrifter for å finne løsninger: elektriske varebiler, lastesykler og smartere logistikk.',
   'Craftsmen make many short trips by van. Building owners and trades meet here to find solutions: electric vans, cargo bikes and smarter logistics.',
   'Oslo', 'PUBLIC', 2),
  ('Varelevering til skoler', 'Goods delivery to schools',
   'Mat, papir og utstyr leveres til over 180 skoler. Kan leveransene samles og gjøres utslippsfrie?',
   'Food, paper and equipment are delivered to more than 180 schools. Can deliveries be consolidated and made zero-emission?',
   'Oslo', 'PUBLIC', 3),
  ('Byggelogistikk', 'Construction logistics',
   'Massetransport og leveranser til byggeplasser: felles planlegging mellom byggherrer for færre og renere turer. Kun for medlemmer mens markedsdialogen forberedes.',
   'Bulk transport and deliveries to building sites: joint planning between clients for fewer and cleaner trips. Members only while the market dialogue is prepared.',
   'Oslo og Viken', 'MEMBERS', 4)
) as f(title_nb, title_en, description_nb, description_en, region, visibility, ord)
cross join (select id from member where email = 'moderator@demo.buyzet.eu') m
order by f.ord;

insert into forum_moderator (forum_id, member_id)
select f.id, m.id from forum f cross join (select id from member where email = 'moderator@demo.buyzet.eu') m;

insert into forum_cpv (forum_id, cpv_code, position)
select f.id, c.code, c.pos
from forum f join (values
  ('Zero-emission waste collection', '90511000-2', 1),
  ('Repair and maintenance with zero-emission transport', '50000000-5', 1),
  ('Goods delivery to schools', '60100000-9', 1),
  ('Goods delivery to schools', '64121100-1', 2),
  ('Construction logistics', '45000000-7', 1),
  ('Construction logistics', '60100000-9', 2)
) as c(title_en, code, pos) on c.title_en = f.title_en;
