-- Case and reply ids are public: in permalinks, anchors and the API. Drawn straight from a sequence they told
-- readers in what order things were written, so an anonymous case or a pseudonymous reply could be lined up with
-- its author's named writing of the same moment (reply 4711 "Author of this case", reply 4712 by name). New ids
-- are the sequence passed through a keyed permutation: still unique, but in no order a reader can use.
--
-- The key is drawn here, at random, once per installation, and never leaves the database: the permutation's code
-- is public, its key is not. Ids handed out before this migration keep their numbers (they were public already and
-- links to them must keep working); new ids lie above 2^52, clear of every old one, and below 2^53, so they stay
-- exact as JavaScript numbers.
create table id_permutation_key (
    singleton boolean primary key default true check (singleton),
    secret    text    not null
);
insert into id_permutation_key (secret)
values (md5(gen_random_uuid()::text || clock_timestamp()::text) || md5(gen_random_uuid()::text || random()::text));

-- A four-round Feistel network over 52 bits (two halves of 26 bits); the round function is md5 of the key, the
-- domain, the round and the right half. A Feistel network is a permutation whatever its round function, so two
-- sequence numbers never give the same id.
create function scrambled_id(n bigint, domain text) returns bigint
    language plpgsql volatile as $$
declare
    k text := (select secret from id_permutation_key);
    l bigint := (n >> 26) & 67108863;
    r bigint := n & 67108863;
    t bigint;
begin
    if n < 0 or n >= 4503599627370496 then
        raise exception 'sequence number % out of range', n;
    end if;
    for round in 1..4 loop
        t := r;
        r := l # (('x' || substr(md5(k || ':' || domain || ':' || round || ':' || r), 1, 7))::bit(28)::bigint
                  & 67108863);
        l := t;
    end loop;
    return 4503599627370496 + ((l << 26) | r);
end
$$;

create sequence case_number;
alter table case_study alter column id drop identity;
alter table case_study alter column id set default scrambled_id(nextval('case_number'), 'case');

create sequence reply_number;
alter table reply alter column id drop identity;
alter table reply alter column id set default scrambled_id(nextval('reply_number'), 'reply');
