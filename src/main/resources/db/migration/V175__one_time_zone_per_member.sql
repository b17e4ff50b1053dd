-- One time zone per member: the one on their profile (member.time_zone, V141; null means the installation's
-- default). The digest kept a zone of its own; a member who chose one there and none on their profile keeps it,
-- moved to the profile. UTC was the digest's default, so it carries nothing over, and only zones the profile offers
-- (region ids such as Europe/Berlin) are moved, so the profile shows what the member has.
update member m
set time_zone = p.zone
from digest_preference p
where p.member_id = m.id
  and (m.time_zone is null or btrim(m.time_zone) = '')
  and p.zone <> 'UTC'
  and p.zone like '%/%'
  and p.zone not like 'Etc/%'
  and p.zone not like 'SystemV/%';

alter table digest_preference drop column zone;
