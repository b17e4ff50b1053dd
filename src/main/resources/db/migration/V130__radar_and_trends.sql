-- The practice radar: editor-curated practices beside every topic and skill, the current placement of each blip
-- (computed by a scheduled job from the community's evidence), editors' ring overrides, and quarterly editions.
create table radar_practice (
    id          bigint generated always as identity primary key,
    slug        varchar(90)   not null unique,
    name        varchar(80)   not null,
    description varchar(1000) not null,
    quadrant    varchar(24)   not null,
    topics      varchar(400)  not null default '',
    skills      varchar(400)  not null default '',
    keywords    varchar(400)  not null default '',
    retired_at  timestamptz,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);

-- One row per blip on the current radar; replaced as a whole by each refresh.
create table radar_blip (
    blip_key      varchar(120) primary key,
    kind          varchar(16)  not null,
    slug          varchar(90)  not null,
    name          varchar(80)  not null,
    quadrant      varchar(24)  not null,
    ring          varchar(16),
    cases         integer      not null,
    successes     integer      not null,
    mixed         integer      not null,
    failures      integer      not null,
    recent_cases  integer      not null,
    helpful       bigint       not null,
    open_requests integer      not null,
    case_ids      bigint[]     not null,
    request_ids   bigint[]     not null,
    computed_at   timestamptz  not null
);

create table radar_override (
    blip_key   varchar(120)  primary key,
    ring       varchar(16)   not null,
    rationale  varchar(600)  not null,
    editor_id  bigint        not null references member (id),
    updated_at timestamptz   not null
);

create table radar_edition (
    id           bigint generated always as identity primary key,
    edition_key  varchar(8)  not null unique,
    published_at timestamptz not null,
    editor_id    bigint references member (id)
);

create table radar_edition_blip (
    edition_id    bigint       not null references radar_edition (id) on delete cascade,
    blip_key      varchar(120) not null,
    kind          varchar(16)  not null,
    slug          varchar(90)  not null,
    name          varchar(80)  not null,
    quadrant      varchar(24)  not null,
    ring          varchar(16)  not null,
    rationale     varchar(600),
    cases         integer      not null,
    successes     integer      not null,
    mixed         integer      not null,
    failures      integer      not null,
    recent_cases  integer      not null,
    helpful       bigint       not null,
    open_requests integer      not null,
    primary key (edition_id, blip_key)
);

-- Rising and falling topics. Searches are kept only as a count per topic or skill per day: never the words
-- searched, never who searched, never an address.
create table trend_search_count (
    day      date        not null,
    kind     varchar(16) not null,
    slug     varchar(90) not null,
    searches integer     not null,
    primary key (day, kind, slug)
);

-- Weekly activity per topic and skill, rewritten as a whole by the trends job.
create table trend_week (
    kind       varchar(16) not null,
    slug       varchar(90) not null,
    week_start date        not null,
    cases      integer     not null,
    requests   integer     not null,
    votes      integer     not null,
    primary key (kind, slug, week_start)
);

-- Rolling windows per topic and skill, rewritten as a whole by the trends job. A search count below the
-- configured minimum is stored as null and never shown.
create table trend_window (
    kind              varchar(16) not null,
    slug              varchar(90) not null,
    weeks             integer     not null,
    cases             integer     not null,
    cases_before      integer     not null,
    requests          integer     not null,
    requests_before   integer     not null,
    votes             integer     not null,
    votes_before      integer     not null,
    searches          integer,
    searches_before   integer,
    new_this_month    integer     not null,
    computed_at       timestamptz not null,
    primary key (kind, slug, weeks)
);
