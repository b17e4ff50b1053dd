-- What each personal access token may do: READ (GET and HEAD) and WRITE (everything else, which includes reading).
-- Tokens made before scopes existed keep doing what they did: they read and write.
alter table api_token add column scopes varchar(40) not null default 'READ,WRITE';
alter table api_token alter column scopes drop default;
alter table api_token add constraint api_token_scopes_known
    check (scopes in ('READ', 'WRITE', 'READ,WRITE'));
