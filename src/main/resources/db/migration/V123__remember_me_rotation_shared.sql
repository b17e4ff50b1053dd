-- The remember-me token a series replaced last, and when: it stays good for a short grace period for requests
-- that left with it (several tabs at once), on whichever node they arrive. It was kept in each node's memory.
alter table persistent_logins
    add column replaced_token varchar(64),
    add column replaced_at    timestamp;
