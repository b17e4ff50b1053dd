-- Those who may see a goal respond to its check-ins: a cheer or a "useful", at most one of each per member and
-- check-in (never on one's own), and short comments in Markdown that their writers may edit or delete.
create table practice_check_in_reaction (
    check_in_id bigint      not null references practice_check_in (id) on delete cascade,
    member_id   bigint      not null references member (id) on delete cascade,
    kind        varchar(10) not null,
    created_at  timestamptz not null,
    primary key (check_in_id, member_id, kind),
    constraint practice_check_in_reaction_kind_check check (kind in ('CHEER', 'USEFUL'))
);

create table practice_check_in_comment (
    id          bigint generated always as identity primary key,
    check_in_id bigint        not null references practice_check_in (id) on delete cascade,
    author_id   bigint        not null references member (id) on delete cascade,
    markdown    varchar(2000) not null,
    body_html   text          not null,
    created_at  timestamptz   not null,
    edited_at   timestamptz
);
create index practice_check_in_comment_by_check_in on practice_check_in_comment (check_in_id, created_at, id);
