-- Admins suspend members (no log-in until a date, or until reinstated) and silence them (they read, but cannot
-- post). The reason is shown to the member; both are cleared by reinstating.
alter table member
    add column suspended_at      timestamptz,
    add column suspended_until   timestamptz,
    add column suspension_reason varchar(500),
    add column silenced_at       timestamptz,
    add column silenced_until    timestamptz,
    add column silence_reason    varchar(500);

-- Audit entries about a member (a role granted, a suspension), listed on that member's page for admins.
alter table audit_entry add column member_id bigint references member (id);
create index audit_entry_member on audit_entry (member_id, occurred_at desc) where member_id is not null;
