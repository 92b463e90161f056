--liquibase formatted sql

-- The end of the chain (BuyZET step 4): two priority areas with a contract strategy each, built on
-- the demo contracts, the market dialogue, the solutions and the buyer group of 006–009. Refuse
-- collection is adopted; repair services is in consultation with one comment. Only what the author
-- writes is here: the areas' baselines and the strategies' scenarios are computed at start-up by
-- StrategyBackfill with the default factor set, as saving them in the portal would have done, and
-- the adopted one then keeps its figures. Citations are captured as the portal captures them.

--changeset buyzet:demo-010-repair-contract context:demo
-- Repair services had no contract of their own with motorised trips worth a plan: the craftsmen
-- the development agency buys for its buildings drive short trips with diesel vans.
insert into footprint_contract (organisation_id, title, reference, cpv_codes, main_cpv, supplier_name, annual_value,
                                currency, end_date, flows, created_by, updated_by)
select m.organisation_id, 'Rørlegger- og elektrikertjenester i kommunale bygg', 'UKE-2022-061',
       '{50700000-2,50711000-2}', '50700000-2', 'Håndverkerne Oslo AS', 41000000, 'NOK', date '2028-08-31',
       cast('[{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":7800,"kmPerTrip":12},{"vehicleCategory":"N1","energyCarrier":"PETROL","tripsPerYear":1300,"kmPerTrip":9,"energyPerKm":0.08}]' as jsonb),
       m.id, m.id
from member m where m.email = 'agency2@demo.buyzet.eu';

--changeset buyzet:demo-010-areas context:demo
-- Refuse collection: the sanitation agency's three refuse contracts, the dialogue on them, the
-- electric refuse truck solution and the buyer group whose interest shows the market. Repair
-- services: the development agency's repair contracts and the cargo-bike craftsman's solution.
insert into priority_area (owner_organisation_id, name, description, cpv_category, contract_ids, agency_ids,
                           forum_ids, dialogue_ids, buyer_group_ids, solution_ids, created_by, updated_by, created_at)
select m.organisation_id, 'Refuse collection',
       'Innsamling av husholdningsavfall, transport til forbrenning og containertømming: Renovasjons- og gjenvinningsetatens tyngste transport, og den første som skal bli utslippsfri.',
       null,
       coalesce((select array_agg(c.id order by c.id) from footprint_contract c
        where c.organisation_id = m.organisation_id and c.reference in ('REN-2021-014', 'REN-2020-003', 'REN-2022-021')), '{}'),
       coalesce((select array_agg(x.organisation_id order by x.organisation_id) from member x
        where x.email in ('agency2@demo.buyzet.eu', 'agency3@demo.buyzet.eu')), '{}'),
       coalesce((select array_agg(f.id) from forum f where f.title_en = 'Zero-emission waste collection'), '{}'),
       coalesce((select array_agg(d.id) from dialogue d where d.title = 'Markedsdialog: utslippsfri avfallshenting fra kommunale bygg'), '{}'),
       coalesce((select array_agg(g.id) from buyer_group g join submission s on s.id = g.proposal_id
        where s.title = 'Felles innkjøp: utslippsfri levering av mat og rekvisita'), '{}'),
       coalesce((select array_agg(s.id) from submission s where s.kind = 'SOLUTION' and s.title = 'Electric refuse trucks with depot charging'), '{}'),
       m.id, m.id, now() - interval '6 days'
from member m where m.email = 'agency@demo.buyzet.eu';

insert into priority_area (owner_organisation_id, name, description, cpv_category, contract_ids, agency_ids,
                           forum_ids, dialogue_ids, buyer_group_ids, solution_ids, created_by, updated_by, created_at)
select m.organisation_id, 'Repair services',
       'Håndverkertjenester i kommunale bygg: mange korte turer med varebil, der lastesykler og elvarebiler kan ta de fleste.',
       '50',
       coalesce((select array_agg(c.id order by c.id) from footprint_contract c
        where c.organisation_id = m.organisation_id and c.main_cpv like '50%'), '{}'),
       coalesce((select array_agg(x.organisation_id) from member x where x.email = 'agency@demo.buyzet.eu'), '{}'),
       coalesce((select array_agg(f.id) from forum f where f.title_en = 'Repair and maintenance with zero-emission transport'), '{}'),
       '{}',
       '{}',
       coalesce((select array_agg(s.id) from submission s where s.kind = 'SOLUTION'
        and s.title = 'Elektriske varebiler og lastesykkel for rørleggeroppdrag'), '{}'),
       m.id, m.id, now() - interval '3 days'
from member m where m.email = 'agency2@demo.buyzet.eu';

--changeset buyzet:demo-010-refuse-strategy context:demo
-- Adopted two days ago by the sanitation agency after consultation. Each instrument cites what the
-- portal publishes, captured as StrategyEvidence captures it: a dialogue answer (its question and
-- answer), the solution (its title and supplier) and the buyer group's count of interested suppliers.
insert into strategy (lineage, number, area_id, status, title, summary, instruments, scenario, adopted_by, adopted_at,
                      created_by, created_at, updated_at)
select 0, 1, a.id, 'ADOPTED', 'Utslippsfri avfallshenting innen 2030',
       E'Renovasjons- og gjenvinningsetaten gjør avfallshentingen utslippsfri kontrakt for kontrakt, etter hvert som kontraktene går ut: husholdningsavfallet i sone øst fra oktober 2027, containertømmingen fra april 2028 og transporten til forbrenning når den lyses ut på nytt.\n\nMarkedsdialogen viste at elektriske renovasjonsbiler kan leveres fra 2027, også mindre biler for trange adkomster, og fire leverandører har vist interesse for felles innkjøp.',
       jsonb_build_array(
         jsonb_build_object('instrument', 'ZERO_EMISSION_SPECIFICATION', 'fromDate', '2027-10-01', 'weightPercent', null,
           'rationale', 'Markedsdialogen viste at elektriske 26-tonns renovasjonsbiler og 12–16-tonns biler for trange adkomster kan leveres fra 2027. Et krav i kravspesifikasjonen fjerner utslippene fra eksosrøret, som et tildelingskriterium bare belønner.',
           'risks', 'Leveringstid på tunge elektriske biler; ni måneders ledetid fra kunngjøring er lagt inn i tidslinjen.',
           'evidence', ev.access || ev.solutions),
         jsonb_build_object('instrument', 'AWARD_CRITERION', 'fromDate', null, 'weightPercent', 30,
           'rationale', 'Klima og miljø vektes 30 % i tildelingen, i tillegg til kravet: tilbud med lavere energibruk per tonn, lading på fornybar strøm og færre kjøretøykilometer vinner.',
           'risks', 'Vekten kan gi høyere pris; prisen vektes fortsatt høyest.',
           'evidence', ev.interest),
         jsonb_build_object('instrument', 'PERFORMANCE_CLAUSES', 'fromDate', '2027-10-01', 'weightPercent', null,
           'rationale', 'Leverandøren rapporterer kilometer og kWh per kontrakt hvert kvartal, slik løsningen med telematikk allerede gjør; bonus når andelen utslippsfrie kilometer er over planen, trekk når den er under.',
           'risks', 'Rapporteringen må kunne kontrolleres; etaten trenger tilgang til rådataene.',
           'evidence', ev.solutions),
         jsonb_build_object('instrument', 'CHARGING_AT_CITY_SITES', 'fromDate', '2028-01-01', 'weightPercent', null,
           'rationale', 'Lading skjer ved leverandørens depot i første kontraktsperiode; kommunen bygger ladepunkter ved de største byggene fra 2028, slik dialogen sa.',
           'risks', 'Nettkapasitet ved eldre bygg.',
           'evidence', ev.charging),
         jsonb_build_object('instrument', 'JOINT_PROCUREMENT', 'fromDate', null, 'weightPercent', null,
           'rationale', 'Utviklings- og kompetanseetaten og Utdanningsetaten henter avfall fra sine bygg med de samme bilene; et felles innkjøp gir leverandørene volum nok til å kjøpe elektriske biler, og fire leverandører har vist interesse for kjøpergruppen.',
           'risks', 'Etatene må bli enige om én kontraktsstart.',
           'evidence', ev.interest)),
       (select coalesce(jsonb_agg(jsonb_build_object('year', y.year, 'zeroEmissionSharePercent', y.ze,
                                                     'tripReductionPercent', y.fewer, 'cargoBikeSharePercent', 0)
                                  order by y.year), '[]'::jsonb)
        from (values (2027, 20, 5), (2028, 55, 8), (2029, 80, 10), (2030, 100, 12)) as y(year, ze, fewer)
        where y.year > extract(year from now())),
       m.id, now() - interval '2 days', m.id, now() - interval '5 days', now() - interval '2 days'
from priority_area a
cross join (select id from member where email = 'agency@demo.buyzet.eu') m
cross join lateral (
  select coalesce((select jsonb_agg(jsonb_build_object('kind', 'DIALOGUE_ANSWER', 'reference', q.id,
                          'citation', left(d.title || ': ' || q.published_text || ' — ' || q.answer, 400), 'figure', null))
                   from dialogue_question q join dialogue d on d.id = q.dialogue_id
                   where d.id = any (a.dialogue_ids) and q.answer is not null
                     and q.published_text like 'Kan bygg med trange%'), '[]'::jsonb) as access,
         coalesce((select jsonb_agg(jsonb_build_object('kind', 'DIALOGUE_ANSWER', 'reference', q.id,
                          'citation', left(d.title || ': ' || q.published_text || ' — ' || q.answer, 400), 'figure', null))
                   from dialogue_question q join dialogue d on d.id = q.dialogue_id
                   where d.id = any (a.dialogue_ids) and q.answer is not null
                     and q.published_text like 'Kan leverandøren lade%'), '[]'::jsonb) as charging,
         coalesce((select jsonb_agg(jsonb_build_object('kind', 'SOLUTION', 'reference', s.id,
                          'citation', s.title || ' (' || o.name || ')', 'figure', null))
                   from submission s join organisation o on o.id = s.organisation_id
                   where s.id = any (a.solution_ids)), '[]'::jsonb) as solutions,
         coalesce((select jsonb_agg(jsonb_build_object('kind', 'SUPPLIER_INTEREST', 'reference', g.id,
                          'citation', s.title,
                          'figure', (select count(distinct i.organisation_id) from buyer_group_interest i
                                     where i.group_id = g.id)))
                   from buyer_group g join submission s on s.id = g.proposal_id
                   where g.id = any (a.buyer_group_ids)), '[]'::jsonb) as interest
) ev
where a.name = 'Refuse collection';

update strategy set lineage = id where lineage = 0;

--changeset buyzet:demo-010-repair-strategy context:demo
-- In consultation: the sanitation agency, named in the area, has commented.
insert into strategy (lineage, number, area_id, status, title, summary, instruments, scenario, created_by, created_at,
                      updated_at)
select 0, 1, a.id, 'CONSULTATION', 'Håndverkere uten utslipp',
       E'Utviklings- og kompetanseetaten vil at håndverkerne i kommunale bygg kjører utslippsfritt innen 2030: små oppdrag med el-lastesykkel, resten med elvarebil, og færre turer ved at materialer samles på bygget.',
       jsonb_build_array(
         jsonb_build_object('instrument', 'AWARD_CRITERION', 'fromDate', null, 'weightPercent', 35,
           'rationale', 'Elvarebiler og el-lastesykler er vanlige hos håndverkerne allerede; et tildelingskriterium på 35 % lar dem konkurrere på det.',
           'risks', 'Små firmaer kan ha vanskelig for å dokumentere.', 'evidence', ev.solutions),
         jsonb_build_object('instrument', 'CARGO_BIKES', 'fromDate', '2028-09-01', 'weightPercent', null,
           'rationale', 'Småoppdrag i indre by løses med el-lastesykkel, slik Grønn Håndverk gjør i dag.',
           'risks', 'Vinterføre og tunge deler.', 'evidence', ev.solutions),
         jsonb_build_object('instrument', 'FEWER_DELIVERIES', 'fromDate', '2028-09-01', 'weightPercent', null,
           'rationale', 'Materialer samles i et lager på de største byggene, så håndverkerne slipper å hente dem selv.',
           'risks', 'Plass i byggene.', 'evidence', '[]'::jsonb)),
       (select coalesce(jsonb_agg(jsonb_build_object('year', y.year, 'zeroEmissionSharePercent', y.ze,
                                                     'tripReductionPercent', y.fewer, 'cargoBikeSharePercent', y.bikes)
                                  order by y.year), '[]'::jsonb)
        from (values (2027, 10, 0, 0), (2028, 30, 5, 5), (2029, 60, 10, 15), (2030, 100, 15, 20))
             as y(year, ze, fewer, bikes)
        where y.year > extract(year from now())),
       m.id, now() - interval '3 days', now() - interval '1 day'
from priority_area a
cross join (select id from member where email = 'agency2@demo.buyzet.eu') m
cross join lateral (
  select coalesce((select jsonb_agg(jsonb_build_object('kind', 'SOLUTION', 'reference', s.id,
                          'citation', s.title || ' (' || o.name || ')', 'figure', null))
                   from submission s join organisation o on o.id = s.organisation_id
                   where s.id = any (a.solution_ids)), '[]'::jsonb) as solutions
) ev
where a.name = 'Repair services';

update strategy set lineage = id where lineage = 0;

insert into strategy_comment (strategy_id, author_id, organisation_id, body, created_at)
select s.id, m.id, m.organisation_id,
       'Renovasjons- og gjenvinningsetaten kan gjøre det samme i verkstedkontrakten vår fra 2027. Vi foreslår at lageret på byggene også tar imot avfall fra håndverkerne, så slipper vi egne turer.',
       now() - interval '1 day'
from strategy s
join priority_area a on a.id = s.area_id
cross join member m
where a.name = 'Repair services' and m.email = 'agency@demo.buyzet.eu';
