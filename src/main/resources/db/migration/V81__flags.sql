-- Members flag replies (and later other content) for editors; one flag per member per item. A flag is open until
-- an editor decides on the item (keep, hide, restore).
create table flag (
    id            bigint generated always as identity primary key,
    subject_type  varchar(16)  not null,
    subject_id    bigint       not null,
    member_id     bigint       not null references member (id),
    reason        varchar(24)  not null,
    note          varchar(500),
    created_at    timestamptz  not null,
    resolved_at   timestamptz,
    outcome       varchar(16),
    constraint flag_once unique (subject_type, subject_id, member_id),
    constraint flag_reason_check check (reason in
        ('SPAM', 'SALES_PITCH', 'IDENTIFIES_SOMEONE', 'HARASSMENT', 'OFF_TOPIC', 'OTHER'))
);
create index flag_open on flag (subject_type, subject_id) where resolved_at is null;

-- A reply hidden pending review (flags passed the threshold, or an editor hid it); restoring clears it.
alter table reply add column hidden_at timestamptz;
