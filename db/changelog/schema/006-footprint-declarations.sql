--liquibase formatted sql

--changeset buyzet:006-footprint-declarations context:schema
-- What the author declares: the transport flows of a need or solution and, for a solution, the
-- baseline it replaces. Flows are kept as entered (JSON), so that any factor set can recompute them.
create table footprint_declaration (
    submission_id  bigint      primary key references submission (id),
    flows          jsonb       not null,
    baseline_flows jsonb,
    declared_by    bigint      not null references member (id),
    declared_at    timestamptz not null default now(),
    version        integer     not null default 0
);

-- Results are kept, never overwritten: each names its factor set, and recomputing with another set
-- adds a row, so a published figure stays what it was when it was published.
create table footprint_result (
    id              bigint      generated always as identity primary key,
    submission_id   bigint      not null references submission (id),
    factor_set_id   text        not null references footprint_factor_set (id),
    result          jsonb       not null,
    baseline_result jsonb,
    reason          text        not null check (reason in ('PUBLISHED', 'DECLARATION_CHANGED', 'RECOMPUTED')),
    computed_by     bigint      references member (id),
    computed_at     timestamptz not null default now()
);
create index footprint_result_submission_idx on footprint_result (submission_id, computed_at desc, id desc);
--rollback drop table footprint_result; drop table footprint_declaration;
