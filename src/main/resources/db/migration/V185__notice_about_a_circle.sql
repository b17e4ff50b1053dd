-- A notice about something in a circle keeps the circle's id, so that it is listed, counted and mailed only while
-- its recipient is still a member: someone removed from a circle, or who left it, stops hearing of it at once,
-- including mails already queued.
alter table notice add column circle_id bigint;
create index notice_by_circle on notice (recipient_id, circle_id) where circle_id is not null;
