-- Log-in with a company's OpenID Connect provider. A member who joined through a provider has no password until
-- they set one through the reset mail (when password log-in is on), so the hash may be missing.
alter table member alter column password_hash drop not null;

-- A provider account linked to a member: the provider's issuer and its stable subject identifier for the person.
-- Later log-ins find the member by this pair, never by the address again, so a changed address at the provider
-- keeps the same member. The registration is the operator's name for the provider in the configuration, shown in
-- the member's settings; the address itself is not kept here.
create table member_provider_link (
    id            bigint       generated always as identity primary key,
    member_id     bigint       not null references member (id) on delete cascade,
    registration  varchar(100) not null,
    issuer        varchar(500) not null,
    subject       varchar(255) not null,
    linked_at     timestamptz  not null,
    last_used_at  timestamptz  not null,
    constraint member_provider_link_subject_unique unique (issuer, subject)
);

create index member_provider_link_member on member_provider_link (member_id);
