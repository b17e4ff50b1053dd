-- Whether the author submitted the current round although the redaction assistant rated it highly
-- identifiable, so the editor can see it on the review screen.
alter table case_study add column identifiable_confirmed boolean not null default false;
