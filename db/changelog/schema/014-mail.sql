--liquibase formatted sql

--changeset buyzet:014-notification-preferences context:schema
-- Each member chooses, per kind of notification, whether it is mailed at once, gathered in a
-- daily digest, or not mailed at all. No row means the kind's default.
create table notification_preference (
    member_id bigint not null references member (id),
    kind      text   not null,
    mode      text   not null check (mode in ('IMMEDIATE', 'DAILY', 'OFF')),
    primary key (member_id, kind)
);
--rollback drop table notification_preference;

--changeset buyzet:014-notification-mail-state context:schema
-- DIGEST: waits for the member's next daily digest; DIGESTED: went into one. Other
-- notifications are either mailed at once through the outbox or not mailed.
alter table notification add column mail_state text not null default 'NONE'
    check (mail_state in ('NONE', 'QUEUED', 'DIGEST', 'DIGESTED'));
create index notification_digest_idx on notification (member_id, id) where mail_state = 'DIGEST';
--rollback alter table notification drop column mail_state;

--changeset buyzet:014-mail-outbox context:schema
-- Every mail is written here in the same transaction as what caused it, and sent afterwards
-- one by one, each marked sent in its own transaction. A mail is written once (dedup_key), so a
-- digest job that is restarted after a crash writes no second copy.
create table mail_outbox (
    id              bigint      generated always as identity primary key,
    member_id       bigint      references member (id),
    to_address      text        not null,
    subject         text        not null,
    body            text        not null,
    dedup_key       text        not null unique,
    created_at      timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    attempts        int         not null default 0,
    last_error      text,
    sent_at         timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where sent_at is null;
create index mail_outbox_recent_idx on mail_outbox (created_at desc, id desc);
--rollback drop table mail_outbox;
