-- The working copy of a case: what its author edits and editors review.
create table case_study (
    id                 bigint generated always as identity primary key,
    type               varchar(16)  not null,
    status             varchar(16)  not null,
    author_id          bigint       not null references member (id),
    attribution        varchar(16)  not null,
    role_descriptor    varchar(120),
    title              varchar(160) not null,
    slug               varchar(90)  not null,
    outcome            varchar(16),
    topics             varchar(400) not null default '',
    skills             varchar(400) not null default '',
    size_band          varchar(16),
    industry           varchar(32),
    region             varchar(32),
    team_size          integer,
    context_year       integer,
    licence            varchar(16)  not null,
    vendor_disclosure  varchar(2000),
    reviewer_id        bigint references member (id),
    review_round       integer      not null default 0,
    published_revision integer      not null default 0,
    sample             boolean      not null default false,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    submitted_at       timestamptz,
    withdrawn_at       timestamptz,
    version            integer      not null default 0,
    constraint case_type_check check (type in ('CASE_STUDY', 'SPARK')),
    constraint case_status_check check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'PUBLISHED')),
    constraint case_attribution_check check (attribution in ('NAMED', 'ROLE_ONLY', 'ANONYMOUS'))
);
create index case_study_author on case_study (author_id);
create index case_study_queue on case_study (status, submitted_at);

create table case_section (
    case_id  bigint      not null references case_study (id) on delete cascade,
    section  varchar(24) not null,
    markdown text        not null,
    html     text        not null,
    primary key (case_id, section)
);

-- Every slug a case has had, so that old links keep working.
create table case_slug (
    case_id bigint      not null references case_study (id) on delete cascade,
    slug    varchar(90) not null,
    primary key (case_id, slug)
);

-- Each publication of a case, kept for ever. Readers see the current one; earlier ones stay readable.
create table case_revision (
    id                bigint generated always as identity primary key,
    case_id           bigint       not null references case_study (id),
    revision_no       integer      not null,
    current           boolean      not null,
    type              varchar(16)  not null,
    title             varchar(160) not null,
    slug              varchar(90)  not null,
    outcome           varchar(16)  not null,
    size_band         varchar(16),
    industry          varchar(32),
    region            varchar(32),
    team_size         integer,
    context_year      integer,
    licence           varchar(16)  not null,
    vendor_disclosure varchar(2000),
    excerpt           varchar(400) not null,
    published_at      timestamptz  not null,
    editor_id         bigint references member (id),
    constraint case_revision_unique unique (case_id, revision_no)
);
create unique index case_revision_one_current on case_revision (case_id) where current;
create index case_revision_listing on case_revision (published_at desc) where current;

create table case_revision_section (
    revision_id bigint      not null references case_revision (id) on delete cascade,
    section     varchar(24) not null,
    markdown    text        not null,
    html        text        not null,
    primary key (revision_id, section)
);

create table case_revision_topic (
    revision_id bigint      not null references case_revision (id) on delete cascade,
    topic       varchar(40) not null,
    primary key (revision_id, topic)
);
create index case_revision_topic_by_topic on case_revision_topic (topic);

create table case_revision_skill (
    revision_id bigint      not null references case_revision (id) on delete cascade,
    skill       varchar(40) not null,
    primary key (revision_id, skill)
);
create index case_revision_skill_by_skill on case_revision_skill (skill);

-- An editor's notes on a submission, per section (or on the whole case when section is null).
create table review_note (
    id         bigint generated always as identity primary key,
    case_id    bigint      not null references case_study (id) on delete cascade,
    round      integer     not null,
    section    varchar(24),
    body       varchar(4000) not null,
    editor_id  bigint      not null references member (id),
    created_at timestamptz not null
);
create index review_note_case on review_note (case_id, round);
