-- The key that signs links which must work without a session (e.g. one-click unsubscribe), generated once on
-- first use unless hros.secret is set; shared by every node on the same database.
create table signing_secret (
    name       varchar(40)  not null primary key,
    secret     varchar(200) not null,
    created_at timestamptz  not null
);
