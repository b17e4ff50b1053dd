-- Circles: small private peer groups. Nothing here is ever shown outside a circle, and none of it is indexed
-- for the public search.
create table circle (
    id                  bigint generated always as identity primary key,
    name                varchar(80)  not null,
    purpose             varchar(500) not null,
    size_limit          integer      not null,
    chatham_house       boolean      not null default false,
    note_retention_days integer,
    created_at          timestamptz  not null,
    version             integer      not null default 0,
    constraint circle_size_limit_check check (size_limit between 2 and 50),
    constraint circle_retention_check check (note_retention_days is null or note_retention_days between 1 and 3650)
);

create table circle_member (
    circle_id  bigint      not null references circle (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    role       varchar(16) not null,
    joined_at  timestamptz not null,
    primary key (circle_id, member_id),
    constraint circle_member_role_check check (role in ('FACILITATOR', 'MEMBER'))
);
create index circle_member_by_member on circle_member (member_id);

-- Invitations by e-mail (single use, one address) and shareable links (many uses until they expire or are
-- revoked). Only a hash of the secret is stored; an e-mail invitation gets its secret when its mail is sent.
create table circle_invitation (
    id          bigint generated always as identity primary key,
    circle_id   bigint       not null references circle (id) on delete cascade,
    kind        varchar(8)   not null,
    email       varchar(254),
    token_hash  varchar(64)  unique,
    invited_by  bigint       references member (id) on delete set null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    constraint circle_invitation_kind_check check (kind in ('EMAIL', 'LINK'))
);
create index circle_invitation_by_circle on circle_invitation (circle_id);

-- Clinic threads and check-ins. The author is kept so members can be shown by name when the circle or the
-- thread is not under Chatham House rule; under it, pages never print it.
create table circle_thread (
    id            bigint generated always as identity primary key,
    circle_id     bigint       not null references circle (id) on delete cascade,
    kind          varchar(12)  not null,
    title         varchar(200),
    chatham_house boolean      not null default false,
    author_id     bigint       references member (id) on delete set null,
    created_at    timestamptz  not null,
    last_post_at  timestamptz  not null,
    constraint circle_thread_kind_check check (kind in ('CLINIC', 'CHECK_IN'))
);
create index circle_thread_by_circle on circle_thread (circle_id, last_post_at desc);

create table circle_post (
    id          bigint generated always as identity primary key,
    thread_id   bigint       not null references circle_thread (id) on delete cascade,
    author_id   bigint       references member (id) on delete set null,
    body_html   text         not null,
    created_at  timestamptz  not null
);
create index circle_post_by_thread on circle_post (thread_id, created_at);
