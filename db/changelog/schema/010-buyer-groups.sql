--liquibase formatted sql

--changeset buyzet:010-buyer-groups context:schema
-- A joint-purchase proposal becomes a buyer group that agencies join with their share
-- (directive 2014/24/EU art. 38: a lead buyer, a record of which parts are run jointly, and each
-- member's share of the volume).
create table buyer_group (
    id                        bigint      generated always as identity primary key,
    proposal_id               bigint      not null unique references submission (id),
    lead_organisation_id      bigint      not null references organisation (id),
    central_purchasing_body   text        check (length(central_purchasing_body) <= 200),
    status                    text        not null default 'FORMING'
                                          check (status in ('FORMING', 'COMMITTED', 'TENDERING', 'AWARDED', 'CANCELLED')),
    planned_tender_date       date,
    notice_system             text        check (notice_system in ('DOFFIN', 'TED')),
    notice_id                 text,
    notice_url                text,
    cancel_reason             text,
    created_by                bigint      not null references member (id),
    created_at                timestamptz not null default now(),
    version                   integer     not null default 0,
    check ((status in ('TENDERING', 'AWARDED')) <= (notice_id is not null))
);
create index buyer_group_status_idx on buyer_group (status, created_at desc, id desc);

create table buyer_group_member (
    group_id              bigint        not null references buyer_group (id),
    organisation_id       bigint        not null references organisation (id),
    quantity              numeric(16, 2) not null check (quantity > 0),
    unit                  text          not null,
    annual_value          numeric(16, 2) check (annual_value >= 0),
    currency              char(3)       not null default 'NOK',
    footprint_source      text          not null check (footprint_source in ('CONTRACT', 'NEED')),
    footprint_source_id   bigint        not null,
    baseline_co2e_kg      numeric       not null check (baseline_co2e_kg >= 0),
    baseline_ttw_kg       numeric       not null check (baseline_ttw_kg >= 0),
    baseline_vehicle_km   numeric       not null check (baseline_vehicle_km >= 0),
    contact_name          text          not null,
    contact_email         text          not null,
    joint_parts           text[]        not null default '{}',
    share_visible         boolean       not null default false,
    letter_signed_by      text,
    letter_signed_member  bigint        references member (id),
    letter_signed_at      timestamptz,
    joined_by             bigint        not null references member (id),
    joined_at             timestamptz   not null default now(),
    version               integer       not null default 0,
    primary key (group_id, organisation_id)
);
create index buyer_group_member_organisation_idx on buyer_group_member (organisation_id, group_id);

-- Every step of the lifecycle, with who and when: the record a procurement complaint asks for.
create table buyer_group_step (
    id          bigint      generated always as identity primary key,
    group_id    bigint      not null references buyer_group (id),
    step        text        not null,
    from_status text,
    to_status   text,
    detail      text,
    by_member   bigint      not null references member (id),
    at          timestamptz not null default now()
);
create index buyer_group_step_group_idx on buyer_group_step (group_id, at, id);

create table buyer_group_interest (
    group_id        bigint      not null references buyer_group (id),
    organisation_id bigint      not null references organisation (id),
    statement       text        not null check (length(statement) between 1 and 4000),
    solution_ids    bigint[]    not null default '{}',
    registered_by   bigint      not null references member (id),
    registered_at   timestamptz not null default now(),
    primary key (group_id, organisation_id)
);
--rollback drop table buyer_group_interest; drop table buyer_group_step; drop table buyer_group_member; drop table buyer_group;
