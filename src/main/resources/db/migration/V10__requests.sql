-- The community agenda: what members need, their votes and follows, offers of experience, and the cases that
-- answer a request.
create table request (
    id                   bigint generated always as identity primary key,
    author_id            bigint       not null references member (id),
    title                varchar(160) not null,
    slug                 varchar(90)  not null,
    description_markdown text         not null,
    description_html     text         not null,
    topics               varchar(400) not null default '',
    skills               varchar(400) not null default '',
    size_band            varchar(16),
    industry             varchar(32),
    status               varchar(16)  not null,
    close_reason         varchar(16),
    merged_into_id       bigint references request (id),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    search               tsvector generated always as
                             (to_tsvector('english', title || ' ' || description_markdown)) stored,
    constraint request_status_check check (status in ('OPEN', 'SOURCING', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    constraint request_close_reason_check check (
        (status = 'CLOSED') = (close_reason is not null)
        and close_reason in ('DUPLICATE', 'OUT_OF_SCOPE', 'STALE')),
    constraint request_merge_check check ((close_reason = 'DUPLICATE') = (merged_into_id is not null))
);
create index request_newest on request (created_at desc, id desc);
create index request_author on request (author_id);
create index request_search on request using gin (search);

-- One "me too" per member and request: the primary key makes a double click harmless.
create table request_vote (
    request_id bigint      not null references request (id),
    member_id  bigint      not null references member (id),
    created_at timestamptz not null,
    primary key (request_id, member_id)
);
create index request_vote_member on request_vote (member_id);
create index request_vote_recent on request_vote (created_at, request_id);

create table request_follow (
    request_id bigint      not null references request (id),
    member_id  bigint      not null references member (id),
    created_at timestamptz not null,
    primary key (request_id, member_id)
);
create index request_follow_member on request_follow (member_id);

-- Every status a request has had, shown on its page. Who changed it is kept for editors, never shown.
create table request_status_change (
    id             bigint generated always as identity primary key,
    request_id     bigint      not null references request (id),
    from_status    varchar(16),
    to_status      varchar(16) not null,
    close_reason   varchar(16),
    merged_into_id bigint references request (id),
    changed_by     bigint references member (id),
    changed_at     timestamptz not null
);
create index request_status_change_request on request_status_change (request_id, changed_at, id);

-- Cases that answer (or, while drafts, will answer) a request.
create table request_case (
    request_id bigint      not null references request (id),
    case_id    bigint      not null references case_study (id) on delete cascade,
    linked_at  timestamptz not null,
    linked_by  bigint references member (id),
    primary key (request_id, case_id)
);
create index request_case_case on request_case (case_id);

-- "I've been through this": private to editors and the member who offered.
create table request_offer (
    id          bigint generated always as identity primary key,
    request_id  bigint        not null references request (id),
    member_id   bigint        not null references member (id),
    kind        varchar(16)   not null,
    note        varchar(2000) not null,
    created_at  timestamptz   not null,
    invited_at  timestamptz,
    invited_by  bigint references member (id),
    accepted_at timestamptz,
    case_id     bigint references case_study (id) on delete set null,
    constraint request_offer_kind_check check (kind in ('SPARK', 'FULL_CASE', 'TALK')),
    constraint request_offer_once unique (request_id, member_id)
);
