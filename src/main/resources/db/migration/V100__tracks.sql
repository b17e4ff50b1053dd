-- Tracks: ordered learning paths for one skill, built from cases, requests, short texts and exercises.
create table track (
    id            bigint generated always as identity primary key,
    slug          varchar(120)  not null unique,
    title         varchar(200)  not null,
    summary       varchar(2000) not null,
    skill         varchar(40)   not null,
    status        varchar(12)   not null,
    proposer_id   bigint        references member (id) on delete set null,
    return_note   varchar(2000),
    sample        boolean       not null default false,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    published_at  timestamptz,
    version       integer       not null default 0,
    constraint track_status_check check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED'))
);
create index track_by_skill on track (skill, status);
create index track_by_proposer on track (proposer_id);

-- A step keeps its id while its track is edited, so members' progress on it survives the edit.
create table track_step (
    id              bigint generated always as identity primary key,
    track_id        bigint        not null references track (id) on delete cascade,
    position        integer       not null,
    kind            varchar(10)   not null,
    case_id         bigint,
    request_id      bigint,
    exercise_slug   varchar(120),
    title           varchar(200),
    body_markdown   varchar(4000),
    body_html       text,
    why             varchar(500)  not null,
    prompt          varchar(500)  not null,
    constraint track_step_kind_check check (kind in ('CASE', 'REQUEST', 'TEXT', 'EXERCISE'))
);
create index track_step_by_track on track_step (track_id, position);
create index track_step_by_exercise on track_step (exercise_slug) where exercise_slug is not null;

-- Who follows which track; completed_at is set once every step is done.
create table track_enrolment (
    track_id      bigint      not null references track (id) on delete cascade,
    member_id     bigint      not null references member (id) on delete cascade,
    started_at    timestamptz not null,
    completed_at  timestamptz,
    primary key (track_id, member_id)
);
create index track_enrolment_by_member on track_enrolment (member_id, started_at desc);

create table track_step_done (
    step_id    bigint      not null references track_step (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    done_at    timestamptz not null,
    by_exercise boolean    not null default false,
    primary key (step_id, member_id)
);

-- A reflection is shared as a kind and an id (a circle today, a team later) so a new audience needs no new table.
create table track_reflection (
    id          bigint generated always as identity primary key,
    step_id     bigint        not null references track_step (id) on delete cascade,
    member_id   bigint        not null references member (id) on delete cascade,
    text        varchar(4000) not null,
    share_kind  varchar(12)   not null,
    share_id    bigint,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    unique (step_id, member_id),
    constraint track_reflection_share_check check (
        (share_kind = 'PRIVATE' and share_id is null) or (share_kind <> 'PRIVATE' and share_id is not null))
);
create index track_reflection_shared on track_reflection (share_kind, share_id);

create table track_certificate (
    token        varchar(64)  primary key,
    track_id     bigint       not null references track (id) on delete cascade,
    member_id    bigint       not null references member (id) on delete cascade,
    shown_as     varchar(8)   not null default 'NOTHING',
    hidden       boolean      not null default false,
    issued_at    timestamptz  not null,
    revoked_at   timestamptz,
    constraint track_certificate_shown_check check (shown_as in ('NAME', 'HANDLE', 'NOTHING'))
);
create index track_certificate_by_member on track_certificate (member_id, track_id);

create table track_vote (
    track_id   bigint      not null references track (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    voted_at   timestamptz not null,
    primary key (track_id, member_id)
);

create table track_skill_vote (
    skill      varchar(40) not null,
    member_id  bigint      not null references member (id) on delete cascade,
    voted_at   timestamptz not null,
    primary key (skill, member_id)
);
