--liquibase formatted sql

--changeset buyzet:038-air-pollutant-factors context:schema
-- Decision 034: exhaust NOx and PM2.5 depend on the Euro stage, so they get their own rows per
-- vehicle category, carrier and stage; non-exhaust PM (tyre, brake, road surface wear) depends on
-- the vehicle, not its carrier. A set names the stage it takes when a flow names none. As in 005,
-- a figure a set does not have is null, and no figure is stored without its source.
alter table footprint_factor_set add column default_euro_class text
    check (default_euro_class in ('PRE_EURO', 'EURO_1', 'EURO_2', 'EURO_3', 'EURO_4', 'EURO_5', 'EURO_6'));

create table footprint_exhaust_factor (
    set_id        text    not null references footprint_factor_set (id),
    category      text    not null check (category in ('M1', 'N1', 'N2', 'N3', 'M2_M3', 'L')),
    carrier       text    not null check (carrier in ('DIESEL', 'PETROL', 'HVO100', 'BIOGAS', 'FOSSIL_GAS')),
    euro_class    text    not null check (euro_class in ('PRE_EURO', 'EURO_1', 'EURO_2', 'EURO_3', 'EURO_4',
                                                         'EURO_5', 'EURO_6')),
    nox_g_per_km  numeric check (nox_g_per_km >= 0),
    nox_source    text check (length(trim(nox_source)) > 0),
    pm25_g_per_km numeric check (pm25_g_per_km >= 0),
    pm25_source   text check (length(trim(pm25_source)) > 0),
    primary key (set_id, category, carrier, euro_class),
    constraint exhaust_factor_sourced check (
        (nox_g_per_km is null) = (nox_source is null) and (pm25_g_per_km is null) = (pm25_source is null))
);

create table footprint_wear_factor (
    set_id        text    not null references footprint_factor_set (id),
    category      text    not null check (category in ('M1', 'N1', 'N2', 'N3', 'M2_M3', 'L')),
    wear          text    not null check (wear in ('TYRE', 'BRAKE', 'ROAD')),
    pm25_g_per_km numeric check (pm25_g_per_km >= 0),
    pm25_source   text check (length(trim(pm25_source)) > 0),
    pm10_g_per_km numeric check (pm10_g_per_km >= 0),
    pm10_source   text check (length(trim(pm10_source)) > 0),
    primary key (set_id, category, wear),
    constraint wear_factor_sourced check (
        (pm25_g_per_km is null) = (pm25_source is null) and (pm10_g_per_km is null) = (pm10_source is null))
);
--rollback drop table footprint_wear_factor; drop table footprint_exhaust_factor; alter table footprint_factor_set drop column default_euro_class;
