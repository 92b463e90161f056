--liquibase formatted sql

--changeset buyzet:012-dialogues context:schema
-- Market dialogues (directive 2014/24/EU art. 40-41): run by a forum's moderators, optionally for
-- a need or joint-purchase proposal (and so its buyer group).
create table dialogue (
    id                     bigint      generated always as identity primary key,
    forum_id               bigint      not null references forum (id),
    submission_id          bigint      references submission (id),
    title                  text        not null check (length(title) between 1 and 200),
    purpose                text        not null check (length(purpose) between 1 and 10000),
    questions              text[]      not null default '{}',
    phase                  text        not null default 'ANNOUNCED'
                                       check (phase in ('ANNOUNCED', 'OPEN', 'MEETINGS', 'CLOSED')),
    clarification_deadline timestamptz not null,
    locked_reason          text,
    locked_at              timestamptz,
    created_by             bigint      not null references member (id),
    created_at             timestamptz not null default now(),
    version                integer     not null default 0
);
create index dialogue_forum_idx on dialogue (forum_id, created_at desc, id desc);
create index dialogue_submission_idx on dialogue (submission_id) where submission_id is not null;
create index dialogue_created_idx on dialogue (created_at desc, id desc);

create table dialogue_participant (
    dialogue_id     bigint      not null references dialogue (id),
    organisation_id bigint      not null references organisation (id),
    registered_by   bigint      not null references member (id),
    registered_at   timestamptz not null default now(),
    primary key (dialogue_id, organisation_id)
);

-- A supplier's written input: its answer to each of the dialogue's questions. A confidential
-- answer is for agencies and moderators only (and the supplier itself).
create table dialogue_input (
    dialogue_id     bigint      not null references dialogue (id),
    organisation_id bigint      not null references organisation (id),
    question_index  integer     not null check (question_index >= 0),
    answer          text        not null check (length(answer) between 1 and 10000),
    confidential    boolean     not null default false,
    submitted_by    bigint      not null references member (id),
    submitted_at    timestamptz not null default now(),
    primary key (dialogue_id, organisation_id, question_index)
);

-- Questions from suppliers. The asker is kept for the record and never shown to other suppliers;
-- a moderator may rephrase before publishing, and the original stays.
create table dialogue_question (
    id                    bigint      generated always as identity primary key,
    dialogue_id           bigint      not null references dialogue (id),
    asked_by              bigint      not null references member (id),
    asker_organisation_id bigint      not null references organisation (id),
    original_text         text        not null check (length(original_text) between 1 and 4000),
    published_text        text,
    answer                text,
    answered_by           bigint      references member (id),
    asked_at              timestamptz not null default now(),
    published_at          timestamptz,
    version               integer     not null default 0,
    check ((published_at is null) = (answer is null))
);
create index dialogue_question_dialogue_idx on dialogue_question (dialogue_id, published_at, id);

create table dialogue_meeting (
    id               bigint      generated always as identity primary key,
    dialogue_id      bigint      not null references dialogue (id),
    kind             text        not null check (kind in ('PLENARY', 'ONE_TO_ONE')),
    title            text        not null check (length(title) between 1 and 200),
    starts_at        timestamptz not null,
    slot_minutes     integer     not null check (slot_minutes between 5 and 480),
    capacity         integer     not null check (capacity between 1 and 1000),
    place            text,
    online_link      text,
    minutes          text,
    minutes_published_at timestamptz,
    created_by       bigint      not null references member (id),
    created_at       timestamptz not null default now(),
    check (place is not null or online_link is not null)
);
create index dialogue_meeting_dialogue_idx on dialogue_meeting (dialogue_id, starts_at);

-- A booking has a place (for one-to-one meetings, the slot number) or waits; the waiting list
-- moves up in booking order when someone cancels.
create table dialogue_booking (
    meeting_id      bigint      not null references dialogue_meeting (id),
    organisation_id bigint      not null references organisation (id),
    booked_by       bigint      not null references member (id),
    booked_at       timestamptz not null default now(),
    seat            integer,
    primary key (meeting_id, organisation_id),
    unique (meeting_id, seat)
);

create table dialogue_event (
    id          bigint      generated always as identity primary key,
    dialogue_id bigint      not null references dialogue (id),
    step        text        not null,
    detail      text,
    by_member   bigint      references member (id),
    at          timestamptz not null default now()
);
create index dialogue_event_dialogue_idx on dialogue_event (dialogue_id, at, id);
--rollback drop table dialogue_event; drop table dialogue_booking; drop table dialogue_meeting; drop table dialogue_question; drop table dialogue_input; drop table dialogue_participant; drop table dialogue;
