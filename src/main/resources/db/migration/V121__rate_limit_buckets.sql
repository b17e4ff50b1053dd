-- Rate-limit allowances shared by every node: one Bucket4j bucket per action and caller (e.g.
-- 'LOG_IN:ip:203.0.113.7'), its state serialised by Bucket4j, and when it may be forgotten (epoch milliseconds;
-- a bucket untouched until then is full again anyway). Expired rows are deleted by a scheduled job.
create table rate_limit_bucket (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
