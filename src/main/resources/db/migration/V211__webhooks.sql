-- Webhooks that admins register for integrations, and their durable outbox.
create table webhook (
    id            bigint generated always as identity primary key,
    url           varchar(2000) not null,
    description   varchar(300)  not null,
    -- The event types it receives, comma-separated (e.g. 'case.published,request.answered').
    events        varchar(200)  not null,
    -- The signing secret, kept as given (whsec_ + base64) because signing needs it; shown to admins once.
    secret        varchar(100)  not null,
    active        boolean       not null,
    -- Why it is paused: an admin paused it, or it kept failing; null while active.
    paused_reason varchar(16)   check (paused_reason in ('ADMIN', 'FAILING')),
    -- The first failed attempt since the last success; a webhook failing for long enough is paused.
    failing_since timestamptz,
    created_by    bigint        not null references member (id),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);

-- One row per event and webhook, written in the same transaction as the listener that saw the event; the payload is
-- what was public at that moment. The message id stays the same across retries and resends, for receivers to dedupe.
create table webhook_delivery (
    id               bigint generated always as identity primary key,
    webhook_id       bigint        not null references webhook (id) on delete cascade,
    message_id       varchar(40)   not null unique,
    event_type       varchar(40)   not null,
    event_key        varchar(200)  not null,
    payload          text          not null,
    status           varchar(12)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int           not null default 0,
    failures_in_row  int           not null default 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz   not null,
    unique (webhook_id, event_key)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';

-- Every attempt to deliver, for the admins' log.
create table webhook_attempt (
    id            bigint generated always as identity primary key,
    delivery_id   bigint        not null references webhook_delivery (id) on delete cascade,
    webhook_id    bigint        not null references webhook (id) on delete cascade,
    attempt       int           not null,
    attempted_at  timestamptz   not null,
    status_code   int,
    duration_ms   int           not null,
    error         varchar(300)
);
create index webhook_attempt_newest on webhook_attempt (webhook_id, attempted_at desc, id desc);
