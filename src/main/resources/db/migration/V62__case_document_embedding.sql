-- The sentence embedding of a case's gist (title, summary, challenge), for semantic search. Derived data:
-- computed after publication, recomputed when missing.
alter table case_document add column embedding real[];
alter table case_document add column embedded_revision integer;
