--liquibase formatted sql

--changeset buyzet:002-forum context:schema
create table forum (
    id               bigint generated always as identity primary key,
    title_nb         text        not null default '',
    title_en         text        not null default '',
    description_nb   text        not null default '',
    description_en   text        not null default '',
    region           text        not null default '',
    status           text        not null default 'OPEN' check (status in ('OPEN', 'ARCHIVED')),
    visibility       text        not null default 'PUBLIC' check (visibility in ('PUBLIC', 'MEMBERS')),
    created_by       bigint      not null references member (id),
    created_at       timestamptz not null default now(),
    last_activity_at timestamptz not null default now(),
    version          integer     not null default 0,
    constraint forum_has_title check (length(trim(title_nb)) > 0 or length(trim(title_en)) > 0)
);
-- the forum list: newest activity first, optionally only public forums
create index forum_activity_idx on forum (last_activity_at desc, id desc);
create index forum_public_activity_idx on forum (last_activity_at desc, id desc) where visibility = 'PUBLIC';

create table forum_cpv (
    forum_id bigint   not null references forum (id) on delete cascade,
    cpv_code char(10) not null check (cpv_code ~ '^[0-9]{8}-[0-9]$'),
    position smallint not null,
    primary key (forum_id, cpv_code)
);
create index forum_cpv_code_idx on forum_cpv (cpv_code);

create table forum_moderator (
    forum_id  bigint not null references forum (id) on delete cascade,
    member_id bigint not null references member (id),
    primary key (forum_id, member_id)
);
create index forum_moderator_member_idx on forum_moderator (member_id);
--rollback drop table forum_moderator; drop table forum_cpv; drop table forum;
