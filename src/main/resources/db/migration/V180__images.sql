-- Images members put in cases and replies. Only the re-encoded pixels are kept: no file name, no metadata. The id
-- is 128 random bits (hex), so an address tells nothing of who uploaded it or when. The uploader is kept for the
-- upload allowance and moderation only; no page, feed, API answer or header ever shows it. A member's account
-- going away keeps their images (a published case still shows them) and forgets who uploaded them.
create table image (
    id           varchar(32) primary key,
    content_type varchar(16) not null,
    bytes        bytea       not null,
    width        integer     not null,
    height       integer     not null,
    uploaded_by  bigint      references member (id) on delete set null,
    uploaded_at  timestamptz not null,
    constraint image_content_type_check check (content_type in ('image/jpeg', 'image/png')),
    constraint image_id_check check (id ~ '^[0-9a-f]{32}$')
);

create index image_uploaded_by on image (uploaded_by, uploaded_at);
