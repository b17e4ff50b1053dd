-- Page forms posted after their sender's session ended, kept for half an hour so that nothing written is lost:
-- shared by every node and kept across a restart. The key is the SHA-256 of the random token in the sender's
-- cookie (the token itself is never stored); the owner is the member whose browser sent it, the only one it is
-- given back to. Fields are the form's names and values as JSON, in the order sent (never a password or a CSRF
-- token). Reads ignore rows older than half an hour; a scheduled job deletes them.
create table kept_form (
    key_hash   varchar(64)   primary key,
    owner_id   bigint        not null references member (id) on delete cascade,
    path       varchar(2000) not null,
    fields     json          not null,
    chars      bigint        not null,
    created_at timestamptz   not null
);

create index kept_form_owner on kept_form (owner_id, created_at);
create index kept_form_created_at on kept_form (created_at);
