-- The community's vocabulary: topics, skills, industries, company size bands and regions become data that its
-- admins run (docs/vocabulary.md). Content keeps storing slugs; a rename or merge leaves a redirect from the old
-- slug, so old addresses and filters keep working.
create table vocabulary_term (
    id          bigint generated always as identity primary key,
    kind        varchar(16)   not null check (kind in ('topic', 'skill', 'industry', 'size', 'region')),
    slug        varchar(40)   not null,
    label       varchar(80)   not null,
    description varchar(1000) not null default '',
    position    integer       not null,
    retired_at  timestamptz,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    unique (kind, slug)
);

-- Where an old slug now points: written by renames and merges, followed by pages, filters and the API.
create table vocabulary_redirect (
    kind       varchar(16) not null,
    old_slug   varchar(40) not null,
    new_slug   varchar(40) not null,
    created_at timestamptz not null,
    primary key (kind, old_slug)
);

-- Slugs chosen by admins may be longer than the fixed lists' were.
alter table case_study alter column size_band type varchar(40), alter column industry type varchar(40), alter column region type varchar(40);
alter table case_revision alter column size_band type varchar(40), alter column industry type varchar(40), alter column region type varchar(40);
alter table request alter column size_band type varchar(40), alter column industry type varchar(40);
alter table case_document alter column size_band type varchar(40), alter column industry type varchar(40), alter column region type varchar(40);

-- Some columns held the old lists' constant names (FINTECH, S201_500, HTML_CSS); every column now holds slugs,
-- so a rename or merge moves content with one update per column.
create function pg_temp.vocabulary_slug(name varchar) returns varchar language sql immutable as $$
    select case
        when name is null then null
        when name ~ '^S[0-9]' then lower(replace(substr(name, 2), '_', '-'))
        else lower(replace(name, '_', '-'))
    end
$$;
update case_study set size_band = pg_temp.vocabulary_slug(size_band), industry = pg_temp.vocabulary_slug(industry),
    region = pg_temp.vocabulary_slug(region);
update case_revision set size_band = pg_temp.vocabulary_slug(size_band), industry = pg_temp.vocabulary_slug(industry),
    region = pg_temp.vocabulary_slug(region);
update request set size_band = pg_temp.vocabulary_slug(size_band), industry = pg_temp.vocabulary_slug(industry);
update track set skill = pg_temp.vocabulary_slug(skill);
update track_skill_vote set skill = pg_temp.vocabulary_slug(skill);

insert into vocabulary_term (kind, slug, label, position, created_at, updated_at) values
    ('topic', 'employer-brand', 'Employer brand', 1, now(), now()),
    ('topic', 'sourcing', 'Sourcing', 2, now(), now()),
    ('topic', 'candidate-experience', 'Candidate experience', 3, now(), now()),
    ('topic', 'careers-site', 'Careers site and HTML', 4, now(), now()),
    ('topic', 'technical-copywriting', 'Technical copywriting', 5, now(), now()),
    ('topic', 'talent-marketing', 'Talent marketing', 6, now(), now()),
    ('topic', 'recruiting-analytics', 'Recruiting analytics', 7, now(), now()),
    ('topic', 'onboarding', 'Onboarding', 8, now(), now()),
    ('topic', 'dei', 'Diversity, equity and inclusion', 9, now(), now()),
    ('topic', 'interviewing', 'Interviewing and selection', 10, now(), now()),
    ('topic', 'recruiting-operations', 'Recruiting operations', 11, now(), now()),
    ('topic', 'hr-technology', 'HR technology', 12, now(), now()),
    ('topic', 'pay-transparency', 'Pay transparency', 13, now(), now()),
    ('topic', 'workforce-planning', 'Workforce planning', 14, now(), now()),
    ('topic', 'internal-mobility', 'Internal mobility', 15, now(), now()),
    ('topic', 'early-careers', 'Early careers', 16, now(), now()),
    ('topic', 'contingent-workforce', 'Contingent workforce', 17, now(), now()),
    ('skill', 'writing', 'Writing and copywriting', 1, now(), now()),
    ('skill', 'html-css', 'HTML and CSS', 2, now(), now()),
    ('skill', 'data-analysis', 'Data analysis', 3, now(), now()),
    ('skill', 'social-media', 'Social media', 4, now(), now()),
    ('skill', 'video-production', 'Video and photo', 5, now(), now()),
    ('skill', 'evp-design', 'EVP design', 6, now(), now()),
    ('skill', 'stakeholder-management', 'Stakeholder management', 7, now(), now()),
    ('skill', 'structured-interviewing', 'Structured interviewing', 8, now(), now()),
    ('skill', 'ats-automation', 'ATS and automation', 9, now(), now()),
    ('skill', 'seo', 'Search engine optimisation', 10, now(), now()),
    ('skill', 'events', 'Events and community', 11, now(), now()),
    ('skill', 'budgeting', 'Budgeting and vendors', 12, now(), now()),
    ('skill', 'retrospectives', 'Learning from failure', 13, now(), now()),
    ('skill', 'project-management', 'Project management', 14, now(), now()),
    ('skill', 'compensation-analysis', 'Compensation analysis', 15, now(), now()),
    ('skill', 'change-management', 'Change management', 16, now(), now()),
    ('skill', 'vendor-evaluation', 'Vendor evaluation', 17, now(), now()),
    ('industry', 'technology', 'Technology', 1, now(), now()),
    ('industry', 'fintech', 'Fintech', 2, now(), now()),
    ('industry', 'healthcare', 'Healthcare', 3, now(), now()),
    ('industry', 'retail', 'Retail', 4, now(), now()),
    ('industry', 'manufacturing', 'Manufacturing', 5, now(), now()),
    ('industry', 'public-sector', 'Public sector', 6, now(), now()),
    ('industry', 'education', 'Education', 7, now(), now()),
    ('industry', 'logistics', 'Logistics', 8, now(), now()),
    ('industry', 'hospitality', 'Hospitality', 9, now(), now()),
    ('industry', 'professional-services', 'Professional services', 10, now(), now()),
    ('industry', 'nonprofit', 'Non-profit', 11, now(), now()),
    ('industry', 'energy', 'Energy', 12, now(), now()),
    ('industry', 'media', 'Media and entertainment', 13, now(), now()),
    ('industry', 'telecommunications', 'Telecommunications', 14, now(), now()),
    ('industry', 'construction', 'Construction', 15, now(), now()),
    ('industry', 'pharma', 'Pharmaceuticals and life sciences', 16, now(), now()),
    ('size', '1-50', '1–50 staff', 1, now(), now()),
    ('size', '51-200', '51–200 staff', 2, now(), now()),
    ('size', '201-500', '201–500 staff', 3, now(), now()),
    ('size', '501-1000', '501–1,000 staff', 4, now(), now()),
    ('size', '1001-5000', '1,001–5,000 staff', 5, now(), now()),
    ('size', '5001-plus', '5,001+ staff', 6, now(), now()),
    ('region', 'europe', 'Europe', 1, now(), now()),
    ('region', 'north-america', 'North America', 2, now(), now()),
    ('region', 'latin-america', 'Latin America', 3, now(), now()),
    ('region', 'asia-pacific', 'Asia-Pacific', 4, now(), now()),
    ('region', 'africa', 'Africa', 5, now(), now()),
    ('region', 'middle-east', 'Middle East', 6, now(), now()),
    ('region', 'global', 'Global', 7, now(), now());
