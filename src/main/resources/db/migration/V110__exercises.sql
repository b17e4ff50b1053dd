-- Exercises: practice tasks that editors write as data, members' attempts with their computed feedback, and peer
-- reviews of copywriting attempts.
create table exercise (
    id bigserial primary key,
    slug varchar(80) not null unique,
    title varchar(200) not null,
    kind varchar(20) not null check (kind in ('HTML', 'COPY', 'ANALYTICS')),
    task_markdown text not null,
    task_html text not null,
    starting_material text not null,
    checks text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version integer not null default 0
);

create table exercise_attempt (
    id bigserial primary key,
    exercise_id bigint not null references exercise (id) on delete cascade,
    member_id bigint not null references member (id) on delete cascade,
    submission text not null,
    feedback text not null,
    score integer not null check (score between 0 and 100),
    passed boolean not null,
    offered_for_review_at timestamptz,
    created_at timestamptz not null
);

create index exercise_attempt_member on exercise_attempt (member_id, exercise_id, created_at);
create index exercise_attempt_review on exercise_attempt (exercise_id, offered_for_review_at)
    where offered_for_review_at is not null;

create table exercise_review (
    id bigserial primary key,
    attempt_id bigint not null references exercise_attempt (id) on delete cascade,
    reviewer_id bigint not null references member (id) on delete cascade,
    clear smallint not null check (clear between 1 and 3),
    inclusive smallint not null check (inclusive between 1 and 3),
    specific smallint not null check (specific between 1 and 3),
    honest smallint not null check (honest between 1 and 3),
    comment text not null,
    created_at timestamptz not null,
    unique (attempt_id, reviewer_id)
);
