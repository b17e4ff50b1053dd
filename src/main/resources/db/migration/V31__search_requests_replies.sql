-- Search: requests and discussion replies join the index as documents of their own.
--
-- request_document holds what anyone may read of a request, never who posted it; a request closed as a duplicate
-- has none. reply_document holds a reply's words and the subject it belongs to, never its author: on a case that
-- does not name its author, the author's replies must not be findable by who they are. A removed reply, or one on
-- a case no longer published, has none. Result cards are read live from the owning modules.
create table request_document (
    id          bigint       primary key,
    title       varchar(160) not null,
    description text,
    tags        text,
    topics      varchar(400) not null default '',
    skills      varchar(400) not null default '',
    status      varchar(16)  not null,
    votes       bigint       not null default 0,
    created_at  timestamptz  not null
);

create table reply_document (
    id           bigint      primary key,
    subject_type varchar(16) not null,
    subject_id   bigint      not null,
    body         text        not null,
    created_at   timestamptz not null
);
create index reply_document_subject on reply_document (subject_type, subject_id);
