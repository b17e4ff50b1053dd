-- Flags reach cases, requests and circle posts, not only replies. A flag keeps the weight its member's trust level
-- gave it when it was cast, so the queue's order does not shift when someone's level changes later.
alter table flag add column weight integer not null default 1;

-- An item hidden pending review (its weighted flags passed the threshold, or an editor hid it); restoring clears it.
alter table case_study add column hidden_at timestamptz;
alter table request add column hidden_at timestamptz;
alter table circle_post add column hidden_at timestamptz;

-- Trust levels in Discourse's manner: NEW, MEMBER, REGULAR. Earned from what a member does (computed by a scheduled
-- job and on demand), or set by an editor or admin with a reason, which the job then leaves alone.
alter table member add column trust_level varchar(16) not null default 'NEW';
alter table member add column trust_level_by_hand boolean not null default false;
alter table member add column days_visited integer not null default 0;
alter table member add constraint member_trust_level_check check (trust_level in ('NEW', 'MEMBER', 'REGULAR'));
-- Members who were here before trust levels keep posting as they did: they start as members.
update member set trust_level = 'MEMBER';
-- The days already known from the visits recorded so far.
update member set days_visited = (case when last_visit_at is null then 0 else 1 end)
                               + (case when previous_visit_at is null
                                        or previous_visit_at::date = last_visit_at::date then 0 else 1 end);

-- Which published cases a member opened, once each: one of the signals that earn trust.
create table case_read (
    case_id   bigint      not null references case_study (id) on delete cascade,
    member_id bigint      not null references member (id) on delete cascade,
    read_at   timestamptz not null,
    primary key (member_id, case_id)
);
