--liquibase formatted sql

--changeset buyzet:036-contract-spend-ratio context:schema
-- Typical trips per million of yearly spend and km per trip by CPV category, for estimating a
-- contract's transport from its invoices, as the BuyZET cities mapped most of their contracts
-- (decision 033). Administrators edit the rows; the source column says where each figure comes
-- from, and the seed says plainly that it is an assumption, not a published figure.
create table contract_spend_ratio (
    id                bigint        generated always as identity primary key,
    cpv_prefix        text          not null unique check (cpv_prefix ~ '^[0-9]{2,5}$'),
    trips_per_million numeric       not null check (trips_per_million > 0 and trips_per_million <= 100000),
    km_per_trip       numeric       not null check (km_per_trip > 0 and km_per_trip <= 2000),
    -- null: the factor set's default for the vehicle and carrier, where it has one
    energy_per_km     numeric       check (energy_per_km > 0 and energy_per_km <= 10),
    vehicle_category  text          not null,
    energy_carrier    text          not null,
    currency          char(3)       not null default 'NOK',
    source            text          not null check (length(source) between 1 and 1000),
    updated_by        bigint        references member (id),
    updated_at        timestamptz   not null default now(),
    version           integer       not null default 0
);
--rollback drop table contract_spend_ratio;

--changeset buyzet:036-contract-spend-ratio-seed context:schema
-- BuyZET published the method (invoices, extrapolated) but no trips-per-spend ratios. These are
-- the portal's starting assumptions, each stated as such, to be replaced by an agency's own
-- invoice sample; the reasoning behind each is in decision 033.
insert into contract_spend_ratio (cpv_prefix, trips_per_million, km_per_trip, vehicle_category, energy_carrier,
                                  energy_per_km, source)
select v.prefix, v.trips, v.km, v.vehicle, v.carrier,
       case v.vehicle when 'N3' then 0.45 when 'N2' then 0.24 when 'M1' then 0.06 end,
       'Portal assumption (2026-12-02), not a published figure. Method: BuyZET mapping from invoices, extrapolated '
       || '(Oslo, Rotterdam, Copenhagen 2017-2018), as reported in CORDIS article 411446 and the CIVITAS tool '
       || 'inventory entry "BuyZET procurement transportation and emission footprint report"; BuyZET published no '
       || 'trips-per-spend ratios. Basis: ' || v.basis
       || case v.vehicle when 'N3' then ' Diesel use 0.45 l/km, within the portal''s plausible range for N3 trucks.'
                         when 'N2' then ' Diesel use 0.24 l/km, within the portal''s plausible range for N2 trucks.'
                         when 'M1' then ' Diesel use 0.06 l/km, within the portal''s plausible range for cars.'
                         else '' end
       || ' Replace with your own invoice sample.'
from (values
  ('09',  10,   60, 'N3', 'DIESEL', 'one fuel delivery per 100,000 NOK.'),
  ('15', 200,   25, 'N2', 'DIESEL', 'one food delivery per 5,000 NOK.'),
  ('18',  30,   25, 'N1', 'DIESEL', 'one delivery per 33,000 NOK of clothing.'),
  ('22',  40,   25, 'N1', 'DIESEL', 'one delivery per 25,000 NOK of printed matter.'),
  ('30', 100,   25, 'N1', 'DIESEL', 'one delivery per 10,000 NOK of office goods.'),
  ('33',  80,   25, 'N1', 'DIESEL', 'one delivery per 12,500 NOK of medical supplies.'),
  ('39', 100,   25, 'N1', 'DIESEL', 'one delivery per 10,000 NOK of furniture and supplies.'),
  ('44',  80,   30, 'N3', 'DIESEL', 'one load per 12,500 NOK of building materials.'),
  ('45', 100,   30, 'N2', 'DIESEL', 'one vehicle trip per 10,000 NOK of construction work.'),
  ('50', 250,   20, 'N1', 'DIESEL', 'one craftsman visit (about four hours) per 4,000 NOK.'),
  ('55', 200,   20, 'N1', 'DIESEL', 'one catering delivery per 5,000 NOK.'),
  ('60', 400,   30, 'N1', 'DIESEL', 'one trip per 2,500 NOK of road transport.'),
  ('641', 500,  40, 'N1', 'DIESEL', 'one courier or mail round per 2,000 NOK.'),
  ('71',  30,   20, 'M1', 'DIESEL', 'one site visit per 33,000 NOK of engineering services.'),
  ('77', 300,   15, 'N1', 'DIESEL', 'one park or garden visit per 3,300 NOK.'),
  ('79',  20,   15, 'M1', 'DIESEL', 'one visit per 50,000 NOK of business services.'),
  ('90',  25,   35, 'N3', 'DIESEL', 'one route a working day per 10 million NOK a year and truck.'),
  ('905', 25,   40, 'N3', 'DIESEL', 'one collection route a working day per 10 million NOK a year and truck.')
) as v(prefix, trips, km, vehicle, carrier, basis);
--rollback delete from contract_spend_ratio;
