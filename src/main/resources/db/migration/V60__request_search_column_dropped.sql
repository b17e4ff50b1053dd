-- Similar requests are found through the search index; the full-text column kept on every write is no longer read.
drop index request_search;
alter table request drop column search;
