-- The welcome after the first log-in is offered until the member finishes or skips it; the home page marks what
-- is new since the member's previous visit (a visit is recorded at most once an hour).
alter table member add column welcomed_at timestamptz;
alter table member add column last_visit_at timestamptz;
alter table member add column previous_visit_at timestamptz;
-- Members who joined before the welcome existed are not sent to it.
update member set welcomed_at = created_at;
