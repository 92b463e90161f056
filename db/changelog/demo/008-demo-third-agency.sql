--liquibase formatted sql

--changeset buyzet:demo-008-third-agency context:demo
-- A third agency's account, so that a buyer group of three can be formed with demo accounts.
insert into member (organisation_id, email, display_name, roles, preferred_locale)
select o.id, 'agency3@demo.buyzet.eu', 'Sofie Lie', '{AGENCY}', 'nb' from organisation o where o.org_number = '974185717';

insert into local_account (member_id, password_hash)
select id, '{bcrypt}$2a$10$i2PfdNgHi3/WdSP2CgXUA.jU5MiD2bosSX1Agh7WPLBX/bPHjb4uS' from member
where email = 'agency3@demo.buyzet.eu';

insert into footprint_contract (organisation_id, title, reference, cpv_codes, main_cpv, supplier_name, annual_value,
                                currency, end_date, flows, created_by, updated_by)
select m.organisation_id, 'Skolemat og skolemelk til 40 skoler', 'UDE-2023-031', '{15894000-1}', '15894000-1',
       'Byens Kjøkken AS', 9800000, 'NOK', date '2027-07-31',
       cast('[{"vehicleCategory":"N1","energyCarrier":"DIESEL","tripsPerYear":7600,"kmPerTrip":14,"vehicles":5}]' as jsonb),
       m.id, m.id
from member m where m.email = 'agency3@demo.buyzet.eu';
