-- Each member's time zone, for showing live sessions' times; null means the installation's default.
alter table member add column time_zone text;
