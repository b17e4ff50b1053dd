create table member (
    id               bigint generated always as identity primary key,
    email            varchar(254) not null,
    handle           varchar(40)  not null,
    password_hash    varchar(200) not null,
    display_name     varchar(80)  not null,
    headline         varchar(120),
    company          varchar(120),
    company_public   boolean      not null default false,
    bio              varchar(2000),
    topics           varchar(400) not null default '',
    skills           varchar(400) not null default '',
    role             varchar(16)  not null,
    email_verified_at timestamptz,
    sample           boolean      not null default false,
    created_at       timestamptz  not null,
    version          integer      not null default 0,
    constraint member_email_unique unique (email),
    constraint member_handle_unique unique (handle),
    constraint member_role_check check (role in ('MEMBER', 'EDITOR', 'ADMIN'))
);

-- One-use links sent by e-mail: address verification and password reset. Only a hash is stored.
create table member_token (
    id          bigint generated always as identity primary key,
    member_id   bigint      not null references member (id) on delete cascade,
    purpose     varchar(24) not null,
    token_hash  varchar(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null
);

-- Personal access tokens for the API (Bearer). Only a hash is stored; the secret is shown once.
create table api_token (
    id           bigint generated always as identity primary key,
    member_id    bigint       not null references member (id) on delete cascade,
    name         varchar(60)  not null,
    token_hash   varchar(64)  not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_member on api_token (member_id);

-- Spring Security's persistent remember-me tokens (series rotate on every use).
create table persistent_logins (
    username  varchar(254) not null,
    series    varchar(64)  primary key,
    token     varchar(64)  not null,
    last_used timestamp    not null
);
