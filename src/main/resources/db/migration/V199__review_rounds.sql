-- Each time a case is sent to the editors (a review round): when it was submitted, when an editor first acted on it
-- (claimed, returned or released it) and when it left the review queue (returned, or released towards publication).
-- The community dashboard reads review times and the queue's age from here. Rounds before this table existed are not
-- known, except those still waiting, which are carried over with the time they were submitted.
create table review_round (
    case_id          bigint      not null references case_study (id) on delete cascade,
    round            integer     not null,
    submitted_at     timestamptz not null,
    first_action_at  timestamptz,
    left_queue_at    timestamptz,
    primary key (case_id, round)
);
create index review_round_submitted on review_round (submitted_at);
create index review_round_first_action on review_round (first_action_at) where first_action_at is not null;

insert into review_round (case_id, round, submitted_at)
select id, review_round, submitted_at
from case_study
where status in ('SUBMITTED', 'IN_REVIEW') and submitted_at is not null;
