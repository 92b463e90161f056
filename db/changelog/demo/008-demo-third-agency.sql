--liquibase formatted sql

--changeset buyzet:demo-008-third-agency context:demo
-- A third agency's account, so that a buyer group of three can be formed with demo accounts.
insert into member (organisation_id, email, display_name, roles, preferred_locale)
select o.id, 'agency3@demo.buyzet.eu', 'Sofie Lie', '{AGENCY}', 'nb' from organisation o where o.org_number = '974185717';

insert into local_account (member_id, password_hash)
select id, '{bcrypt}$2a$10$i2PfdNgHi3/WdSP2CgXUA.jU5MiD2bosSX1Agh7WPLBX/bPHjb4uS' from member
where email = 'agency3@demo.buyzet.eu';
