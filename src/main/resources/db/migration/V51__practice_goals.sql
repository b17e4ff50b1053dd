-- Practice goals and their check-ins, with the public cases or requests that inspired them.
create table practice_goal (
    id             bigint generated always as identity primary key,
    owner_id       bigint        not null references member (id) on delete cascade,
    title          varchar(200)  not null,
    description    varchar(2000),
    visibility     varchar(12)   not null,
    metric_unit    varchar(40),
    metric_target  numeric(14, 2),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        integer       not null default 0,
    constraint practice_goal_visibility_check check (visibility in ('ONLY_ME', 'MY_CIRCLES', 'EVERYONE'))
);
create index practice_goal_by_owner on practice_goal (owner_id, updated_at desc);

create table practice_goal_link (
    goal_id       bigint      not null references practice_goal (id) on delete cascade,
    subject_type  varchar(12) not null,
    subject_id    bigint      not null,
    primary key (goal_id, subject_type, subject_id)
);

create table practice_check_in (
    id            bigint generated always as identity primary key,
    goal_id       bigint         not null references practice_goal (id) on delete cascade,
    note          varchar(2000)  not null,
    metric_value  numeric(14, 2),
    created_at    timestamptz    not null
);
create index practice_check_in_by_goal on practice_check_in (goal_id, created_at);
