-- ShedLock's table: one row per scheduled job, held by the node running it until lock_until, so that each job
-- runs on one node at a time however many nodes share this database.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
