--liquibase formatted sql

--changeset buyzet:031-strategies context:schema
-- Contract strategies (BuyZET step 4, decision 030). A priority area groups mapped contracts an
-- agency picked; its baseline is summed from the contracts' stored results when the area is saved
-- and kept as JSON, so that a later factor set or contract change does not move what a strategy
-- was written against. Links to contracts, agencies, forums, dialogues, buyer groups and solutions
-- are ids in their own features, checked through their services when saved.
create table priority_area (
    id                     bigint      generated always as identity primary key,
    owner_organisation_id  bigint      not null references organisation (id),
    name                   text        not null check (length(name) between 1 and 200),
    description            text        not null default '' check (length(description) <= 4000),
    cpv_category           text        check (cpv_category ~ '^[0-9]{2,8}$'),
    contract_ids           bigint[]    not null default '{}',
    agency_ids             bigint[]    not null default '{}',
    forum_ids              bigint[]    not null default '{}',
    dialogue_ids           bigint[]    not null default '{}',
    buyer_group_ids        bigint[]    not null default '{}',
    solution_ids           bigint[]    not null default '{}',
    baseline               jsonb,
    created_by             bigint      not null references member (id),
    created_at             timestamptz not null default now(),
    updated_by             bigint      not null references member (id),
    updated_at             timestamptz not null default now(),
    version                integer     not null default 0
);
create index priority_area_owner_idx on priority_area (owner_organisation_id, created_at desc);

-- The versions of one strategy share a lineage, the first version's id; number counts them from 1.
-- Only a draft changes; the computed result is frozen with the factor set it names once adopted.
create table strategy (
    id             bigint      generated always as identity primary key,
    lineage        bigint      not null,
    number         integer     not null check (number >= 1),
    area_id        bigint      not null references priority_area (id),
    status         text        not null default 'DRAFT'
                               check (status in ('DRAFT', 'CONSULTATION', 'ADOPTED', 'SUPERSEDED')),
    title          text        not null check (length(title) between 1 and 200),
    summary        text        not null default '' check (length(summary) <= 8000),
    instruments    jsonb       not null default '[]',
    scenario       jsonb       not null default '[]',
    result         jsonb,
    factor_set_id  text        references footprint_factor_set (id),
    adopted_by     bigint      references member (id),
    adopted_at     timestamptz,
    created_by     bigint      not null references member (id),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    unique (lineage, number),
    check ((status in ('ADOPTED', 'SUPERSEDED')) = (adopted_at is not null))
);
create index strategy_area_idx on strategy (area_id, lineage, number desc);
create index strategy_status_idx on strategy (status, updated_at desc);

-- What the members of the linked buyer groups and the named agencies say during consultation.
create table strategy_comment (
    id               bigint      generated always as identity primary key,
    strategy_id      bigint      not null references strategy (id),
    author_id        bigint      not null references member (id),
    organisation_id  bigint      not null references organisation (id),
    body             text        not null check (length(body) between 1 and 4000),
    created_at       timestamptz not null default now()
);
create index strategy_comment_strategy_idx on strategy_comment (strategy_id, created_at);
--rollback drop table strategy_comment; drop table strategy; drop table priority_area;
