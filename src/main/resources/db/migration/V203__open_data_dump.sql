-- The open-data dump of the published library (one ZIP of JSON Lines and Markdown), rebuilt as a whole by a
-- scheduled job and served from here, so that every node serves the same file. Only the newest is kept.
create table open_data_dump (
    id          bigint generated always as identity primary key,
    built_at    timestamptz not null,
    sha256      varchar(64) not null,
    size_bytes  bigint      not null,
    case_count  integer     not null,
    content     bytea       not null
);
