-- The open-data download asks every few minutes when a published case last left the library
-- (OpenLibraryQueries.lastDeparture: max(withdrawn_at) over published cases). Without an index that reads every case;
-- withdrawn cases are few, so this one is small and answers it at once.
create index case_study_withdrawn_at on case_study (withdrawn_at)
    where published_revision > 0 and withdrawn_at is not null;
