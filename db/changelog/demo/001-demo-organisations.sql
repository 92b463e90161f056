--liquibase formatted sql

-- Oslo-like demo data. Organisation numbers pass the MOD11 check; they are demo values, not a
-- register extract. Every demo account's password is "demo".

--changeset buyzet:demo-001-organisations context:demo
insert into organisation (name, kind, country, org_number, vat_number) values
  ('Renovasjons- og gjenvinningsetaten (Oslo kommune)', 'PUBLIC_AGENCY', 'NO', '996922766', null),
  ('Utviklings- og kompetanseetaten (Oslo kommune)',   'PUBLIC_AGENCY', 'NO', '971040793', null),
  ('Utdanningsetaten (Oslo kommune)',                  'PUBLIC_AGENCY', 'NO', '974185717', null),
  ('Omsorgsbygg Oslo KF',                              'PUBLIC_AGENCY', 'NO', '987432101', null),
  ('Grønn Håndverk AS',                                'SUPPLIER',      'NO', '914234565', null),
  ('Fjord Elektro og Rør AS',                          'SUPPLIER',      'NO', '926100335', null),
  ('Ren Retur Avfallsservice AS',                      'SUPPLIER',      'NO', '933778029', null),
  ('Sykkelbud Oslo AS',                                'SUPPLIER',      'NO', '911550040', null),
  ('Stadslogistiek Rotterdam B.V.',                    'SUPPLIER',      'NL', null, 'NL859521423B01');

--changeset buyzet:demo-001-members context:demo
insert into member (organisation_id, email, display_name, roles, preferred_locale)
select o.id, m.email, m.display_name, m.roles::text[], m.locale
from (values
  ('996922766', 'agency@demo.buyzet.eu',    'Ingrid Hansen',  '{AGENCY}',    'nb'),
  ('971040793', 'agency2@demo.buyzet.eu',   'Erik Johansen',  '{AGENCY}',    'nb'),
  ('914234565', 'supplier@demo.buyzet.eu',  'Nora Berg',      '{SUPPLIER}',  'nb'),
  ('933778029', 'supplier2@demo.buyzet.eu', 'Ahmed Khan',     '{SUPPLIER}',  'en'),
  ('971040793', 'moderator@demo.buyzet.eu', 'Kari Nilsen',    '{MODERATOR}', 'nb'),
  ('971040793', 'admin@demo.buyzet.eu',     'Ola Nordmann',   '{ADMIN}',     'en')
) as m(org_number, email, display_name, roles, locale)
join organisation o on o.org_number = m.org_number;

insert into local_account (member_id, password_hash)
select id, '{bcrypt}$2a$10$i2PfdNgHi3/WdSP2CgXUA.jU5MiD2bosSX1Agh7WPLBX/bPHjb4uS' from member where email like '%@demo.buyzet.eu';
