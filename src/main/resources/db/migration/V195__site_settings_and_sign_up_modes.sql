-- The community's own settings, edited by admins at /admin/settings. One row; until an admin first saves, there is
-- none and HROS shows the values from its configuration and messages, so an upgraded site looks the same.
create table site_settings (
    id              smallint     primary key default 1 check (id = 1),
    community_name  varchar(80)  not null,
    tagline         varchar(160) not null,
    logo            varchar(60),
    welcome_text    text         not null,
    ground_rules    text         not null,
    contact_address varchar(254) not null,
    default_licence varchar(24)  not null,
    sign_up_mode    varchar(16)  not null check (sign_up_mode in ('OPEN', 'INVITATION', 'APPROVAL')),
    updated_at      timestamptz  not null,
    updated_by      bigint       references member (id) on delete set null,
    version         integer      not null default 0
);

-- With sign-up "open with approval", a new account waits until an admin or editor approves or declines it.
-- Null: approved (every member who joined before this).
alter table member
    add column approval            varchar(10) check (approval in ('WAITING', 'DECLINED')),
    add column approval_decided_at timestamptz;
create index member_waiting on member (created_at desc) where approval = 'WAITING';

-- Invitations to join, sent by admins and editors. Only the hash of the link's secret is kept; it is written when
-- the mail is sent (after commit), so a row without one is an invitation whose mail is on its way.
create table invitation (
    id          bigint generated always as identity primary key,
    email       varchar(254) not null,
    token_hash  varchar(64) unique,
    invited_by  bigint       not null references member (id) on delete cascade,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    used_by     bigint       references member (id) on delete set null,
    revoked_at  timestamptz,
    version     integer      not null default 0
);
create index invitation_newest on invitation (created_at desc, id desc);
create index invitation_email on invitation (lower(email));
