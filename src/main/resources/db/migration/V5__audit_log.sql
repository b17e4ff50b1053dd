-- Sensitive acts: editors seeing a case's real author, takedowns, withdrawals. Never updated or deleted.
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor_id    bigint       not null references member (id),
    action      varchar(32)  not null,
    case_id     bigint,
    note        varchar(500)
);
create index audit_entry_newest on audit_entry (occurred_at desc, id desc);
