-- Live sessions: talks, clinics and recordings, often born from a top request, with RSVPs and a waiting list.
create table live_session (
    id bigserial primary key,
    kind text not null check (kind in ('TALK', 'CLINIC', 'RECORDING')),
    title text not null,
    summary text not null,
    summary_html text not null,
    starts_at timestamptz not null,
    duration_minutes int not null check (duration_minutes between 5 and 720),
    capacity int not null check (capacity between 1 and 100000),
    place_url text,
    venue text,
    born_from_request_id bigint references request (id) on delete set null,
    topics text not null default '',
    recording_url text,
    notes text,
    notes_html text,
    -- iCalendar: one UID for the session's whole life, SEQUENCE bumped on every change.
    calendar_uid text not null unique,
    calendar_sequence int not null default 0,
    created_by bigint not null references member (id),
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index live_session_starts_at on live_session (starts_at);
create index live_session_born_from on live_session (born_from_request_id);
-- Past sessions are searched by title, summary and notes (see docs/sessions.md for why in PostgreSQL).
create index live_session_text on live_session using gin (
    to_tsvector('english', title || ' ' || summary || ' ' || coalesce(notes, '')));

create table live_session_host (
    session_id bigint not null references live_session (id) on delete cascade,
    member_id bigint not null references member (id) on delete cascade,
    position int not null,
    primary key (session_id, member_id)
);

-- The cases and requests a session covered.
create table live_session_case (
    session_id bigint not null references live_session (id) on delete cascade,
    case_id bigint not null,
    primary key (session_id, case_id)
);
create table live_session_request (
    session_id bigint not null references live_session (id) on delete cascade,
    request_id bigint not null,
    primary key (session_id, request_id)
);

-- One row per member and session: a seat (CONFIRMED) or a place in the waiting list (WAITING, first come first
-- served). The seats are counted under the session's row lock, so concurrent RSVPs never exceed its capacity.
create table session_rsvp (
    session_id bigint not null references live_session (id) on delete cascade,
    member_id bigint not null references member (id) on delete cascade,
    status text not null check (status in ('CONFIRMED', 'WAITING')),
    queued_at timestamptz not null,
    confirmed_at timestamptz,
    day_reminder_at timestamptz,
    hour_reminder_at timestamptz,
    primary key (session_id, member_id)
);
create index session_rsvp_waiting on session_rsvp (session_id, status, queued_at);

-- A member's private calendar feed of the sessions they RSVPed to: only the token's hash is kept.
create table session_calendar_token (
    member_id bigint primary key references member (id) on delete cascade,
    token_hash text not null unique,
    created_at timestamptz not null
);
