-- Teams: a lead trains their team by assigning tracks with due dates and watching its progress. Nothing here is
-- ever shown outside a team, indexed for the public search, put in a feed or mailed to a non-member.
create table team (
    id          bigint generated always as identity primary key,
    name        varchar(80)  not null,
    purpose     varchar(500) not null,
    created_at  timestamptz  not null,
    version     integer      not null default 0
);

create table team_member (
    team_id    bigint      not null references team (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    role       varchar(16) not null,
    joined_at  timestamptz not null,
    primary key (team_id, member_id),
    constraint team_member_role_check check (role in ('LEAD', 'CO_LEAD', 'MEMBER'))
);
create index team_member_by_member on team_member (member_id);
-- Exactly one lead per team.
create unique index team_member_one_lead on team_member (team_id) where role = 'LEAD';

-- Private links e-mailed to one address: used once, valid 14 days, revocable. Only the secret's hash is kept; it is
-- set when the mail is sent.
create table team_invitation (
    id          bigint generated always as identity primary key,
    team_id     bigint       not null references team (id) on delete cascade,
    email       varchar(254) not null,
    token_hash  varchar(64)  unique,
    invited_by  bigint       references member (id) on delete set null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index team_invitation_by_team on team_invitation (team_id);

-- A track the team is to learn by a date. The track's title is kept as it was when assigned, so the team's pages
-- still read well if the track is renamed or unpublished.
create table team_assignment (
    id           bigint generated always as identity primary key,
    team_id      bigint       not null references team (id) on delete cascade,
    track_slug   varchar(120) not null,
    track_title  varchar(200) not null,
    due_on       date         not null,
    assigned_by  bigint       references member (id) on delete set null,
    created_at   timestamptz  not null,
    unique (team_id, track_slug)
);

-- Which reminder and summary mails went out, so each is sent once whatever the number of runs or nodes.
create table team_mail_sent (
    dedupe_key  varchar(200) primary key,
    sent_at     timestamptz  not null
);
