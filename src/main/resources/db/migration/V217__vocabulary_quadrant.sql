-- Each topic and skill carries its radar quadrant, chosen by admins with the word (docs/radar.md); other kinds have
-- none. The words HROS started with keep the places the radar gave them; any other topic or skill, which the radar
-- used to put in people and culture, stays there until an admin moves it.
alter table vocabulary_term add column quadrant varchar(20)
    check (quadrant in ('sourcing-hiring', 'employer-brand', 'people-culture', 'tools-data'));

update vocabulary_term set quadrant = case slug
    when 'sourcing' then 'sourcing-hiring'
    when 'interviewing' then 'sourcing-hiring'
    when 'candidate-experience' then 'sourcing-hiring'
    when 'early-careers' then 'sourcing-hiring'
    when 'contingent-workforce' then 'sourcing-hiring'
    when 'employer-brand' then 'employer-brand'
    when 'careers-site' then 'employer-brand'
    when 'technical-copywriting' then 'employer-brand'
    when 'talent-marketing' then 'employer-brand'
    when 'recruiting-analytics' then 'tools-data'
    when 'recruiting-operations' then 'tools-data'
    when 'hr-technology' then 'tools-data'
    when 'workforce-planning' then 'tools-data'
    else 'people-culture'
end
where kind = 'topic';

update vocabulary_term set quadrant = case slug
    when 'structured-interviewing' then 'sourcing-hiring'
    when 'events' then 'sourcing-hiring'
    when 'writing' then 'employer-brand'
    when 'social-media' then 'employer-brand'
    when 'video-production' then 'employer-brand'
    when 'evp-design' then 'employer-brand'
    when 'seo' then 'employer-brand'
    when 'data-analysis' then 'tools-data'
    when 'html-css' then 'tools-data'
    when 'ats-automation' then 'tools-data'
    when 'compensation-analysis' then 'tools-data'
    when 'vendor-evaluation' then 'tools-data'
    else 'people-culture'
end
where kind = 'skill';

alter table vocabulary_term add constraint vocabulary_term_quadrant_for_topics_and_skills
    check ((quadrant is not null) = (kind in ('topic', 'skill')));
