-- Employer approval and embargo: the author may name someone at their employer who must approve the case
-- before it is published, and a time before which it must not be published.
alter table case_study
    add column approver_email varchar(254),
    add column embargo_until  timestamptz,
    add column approved_round integer not null default 0;

alter table case_study drop constraint case_status_check;
alter table case_study alter column status type varchar(24);
alter table case_study add constraint case_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'AWAITING_APPROVAL', 'SCHEDULED', 'PUBLISHED'));

create index case_study_scheduled on case_study (embargo_until) where status = 'SCHEDULED';

-- The private links sent to approvers, one per review round. Only a hash of the secret is stored.
create table case_approval (
    id          bigint generated always as identity primary key,
    case_id     bigint        not null references case_study (id) on delete cascade,
    round       integer       not null,
    token_hash  varchar(64)   not null unique,
    created_at  timestamptz   not null,
    expires_at  timestamptz   not null,
    decided_at  timestamptz,
    decision    varchar(16),
    comment     varchar(4000),
    constraint case_approval_decision_check check (decision in ('APPROVED', 'DECLINED')),
    constraint case_approval_decided check ((decision is null) = (decided_at is null))
);
create index case_approval_case on case_approval (case_id, round);

-- A note may come from the employer's approver, who is not a member: then it has no editor.
alter table review_note
    alter column editor_id drop not null,
    add column from_approver boolean not null default false,
    add constraint review_note_author check (from_approver or editor_id is not null);
