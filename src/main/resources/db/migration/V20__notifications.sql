-- In-app notices, one per member and thing that happened. The dedupe key is derived from the event that caused
-- the notice, so an event delivered again (the registry republishes incomplete ones at start) adds nothing.
create table notice (
    id           bigint generated always as identity primary key,
    recipient_id bigint       not null references member (id) on delete cascade,
    category     varchar(20)  not null,
    text         varchar(600) not null,
    link         varchar(600) not null,
    created_at   timestamptz  not null,
    read_at      timestamptz,
    dedupe_key   varchar(200) not null unique
);
create index notice_by_recipient on notice (recipient_id, created_at desc, id desc);
create index notice_unread on notice (recipient_id) where read_at is null;

-- How each member wants to hear of each category; a missing row means the category's default.
create table notice_preference (
    member_id bigint      not null references member (id) on delete cascade,
    category  varchar(20) not null,
    delivery  varchar(12) not null,
    primary key (member_id, category)
);

-- The outbox: e-mails to send, written in the same transaction as their notices. A mail about one category
-- collects every notice of that category until it is sent (category null: the daily digest).
create table notice_mail (
    id              bigint generated always as identity primary key,
    recipient_id    bigint      not null references member (id) on delete cascade,
    category        varchar(20),
    status          varchar(10) not null,
    send_after      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer     not null default 0,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index notice_mail_due on notice_mail (next_attempt_at) where status = 'PENDING';
create index notice_mail_by_recipient on notice_mail (recipient_id, category, send_after desc);

create table notice_mail_item (
    mail_id   bigint not null references notice_mail (id) on delete cascade,
    notice_id bigint not null unique references notice (id) on delete cascade,
    primary key (mail_id, notice_id)
);
