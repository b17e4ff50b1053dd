-- The digest: each member's choice of how often it comes (no row: weekly, on the default day and hour), the
-- runs of the job that builds it, and its own outbox. A digest is recorded once per member and period end, so a
-- period is never mailed twice, even when a run is repeated after a crash or runs on two nodes at once.
create table digest_preference (
    member_id   bigint      not null primary key references member (id) on delete cascade,
    frequency   varchar(8)  not null,
    day_of_week varchar(9)  not null,
    hour        smallint    not null,
    -- An IANA time zone id, checked against the JVM's list when saved.
    zone        varchar(64) not null,
    constraint digest_preference_frequency_check check (frequency in ('DAILY', 'WEEKLY', 'MONTHLY', 'OFF')),
    constraint digest_preference_hour_check check (hour between 0 and 23)
);

create table digest_run (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null,
    finished_at timestamptz,
    due         integer     not null default 0,
    queued      integer     not null default 0,
    empty       integer     not null default 0
);

-- One row per member and period: EMPTY when there was nothing new (no mail), otherwise a mail to send, rendered
-- when it was built. The address is looked up when sending, never stored here.
create table digest_mail (
    id              bigint generated always as identity primary key,
    member_id       bigint      not null references member (id) on delete cascade,
    run_id          bigint      references digest_run (id) on delete set null,
    period_start    timestamptz not null,
    period_end      timestamptz not null,
    status          varchar(10) not null,
    subject         varchar(200),
    text_body       text,
    html_body       text,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    constraint digest_mail_once_per_period unique (member_id, period_end),
    constraint digest_mail_status_check check (status in ('EMPTY', 'PENDING', 'SENT', 'FAILED', 'CANCELLED'))
);
create index digest_mail_due on digest_mail (next_attempt_at) where status = 'PENDING';
create index digest_mail_by_run on digest_mail (run_id, status);
