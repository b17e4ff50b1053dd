-- Threaded replies on public subjects (cases, requests). The author's id is private: readers see a display name,
-- or the subject author's pseudonym, decided when the thread is read.
create table reply (
    id            bigint generated always as identity primary key,
    subject_type  varchar(16) not null,
    subject_id    bigint      not null,
    parent_id     bigint references reply (id),
    depth         integer     not null,
    author_id     bigint      not null references member (id),
    body_markdown text        not null,
    body_html     text        not null,
    created_at    timestamptz not null,
    edited_at     timestamptz,
    removed_at    timestamptz,
    version       integer     not null default 0,
    constraint reply_subject_check check (subject_type in ('CASE', 'REQUEST')),
    constraint reply_depth_check check (depth >= 0)
);
create index reply_thread on reply (subject_type, subject_id, id);
create index reply_parent on reply (parent_id);

-- Earlier versions of an edited reply, shown as its history; deleted with the reply's text when it is removed.
create table reply_revision (
    id            bigint generated always as identity primary key,
    reply_id      bigint      not null references reply (id) on delete cascade,
    body_markdown text        not null,
    body_html     text        not null,
    written_at    timestamptz not null,
    replaced_at   timestamptz not null
);
create index reply_revision_reply on reply_revision (reply_id, id);

-- Who follows or muted a thread.
create table thread_follow (
    subject_type varchar(16) not null,
    subject_id   bigint      not null,
    member_id    bigint      not null references member (id),
    muted        boolean     not null,
    updated_at   timestamptz not null,
    primary key (subject_type, subject_id, member_id)
);

-- One reaction of a kind per member and subject (a case, a request or a reply).
create table reaction (
    subject_type varchar(16) not null,
    subject_id   bigint      not null,
    kind         varchar(16) not null,
    member_id    bigint      not null references member (id),
    created_at   timestamptz not null,
    primary key (subject_type, subject_id, kind, member_id),
    constraint reaction_subject_check check (subject_type in ('CASE', 'REQUEST', 'REPLY')),
    constraint reaction_kind_check check (kind in ('HELPED', 'ME_TOO', 'FAILED_TOO', 'BOOKMARK'))
);
create index reaction_member on reaction (member_id, kind, created_at desc);

-- "Most helpful" ordering of the library: kept by the case library from the discussion's ReactionsChanged.
alter table case_study add column helpful_count bigint not null default 0;
create index case_study_helpful on case_study (helpful_count desc, id desc);
