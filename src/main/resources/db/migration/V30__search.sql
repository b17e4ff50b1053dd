-- Search: the documents the search index is built from, and Hibernate Search's outbox.
--
-- case_document holds what search may know of a published case and nothing more: never its author. Result
-- cards and attribution are read live from the case library, so a takedown shows at once.
create table case_document (
    id               bigint       primary key,
    revision         integer      not null,
    type             varchar(16)  not null,
    outcome          varchar(16)  not null,
    topics           varchar(400) not null default '',
    skills           varchar(400) not null default '',
    industry         varchar(32),
    size_band        varchar(16),
    region           varchar(32),
    context_year     integer,
    licence          varchar(16)  not null,
    title            varchar(160) not null,
    tags             text,
    summary          text,
    challenge        text,
    what_we_did      text,
    results          text,
    wrong            text,
    lucky            text,
    differently      text,
    lessons          text,
    why              text,
    what             text,
    how              text,
    learnings        text,
    resources        text,
    published_at     timestamptz  not null,
    helpful          bigint       not null default 0
);

-- "This helped" counts per subject, kept even before a subject's document exists.
create table search_helpful (
    subject_type varchar(16) not null,
    subject_id   bigint      not null,
    helpful      bigint      not null,
    primary key (subject_type, subject_id)
);

-- Synonyms an administrator added to the shipped list; one row, applied to queries at once.
create table search_synonyms (
    id         integer     primary key check (id = 1),
    body       text        not null,
    updated_at timestamptz not null
);

-- Hibernate Search's outbox-polling coordination (8.2): entity changes are written here in the same
-- transaction and indexed in the background by every node's agent. Column names follow Spring's naming
-- strategy (snake case), as Hibernate applies it to these entities too.
create table hsearch_outbox_event (
    id                   uuid                        not null primary key,
    entity_name          varchar(256)                not null,
    entity_id            varchar(256)                not null,
    entity_id_hash       integer                     not null,
    payload              bytea                       not null,
    retries              integer                     not null,
    process_after        timestamp(6) with time zone not null,
    status               varchar(255)                not null check (status in ('PENDING', 'ABORTED')),
    tenant_id            varchar(255)
);
create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
