-- A notice about a reply (a mention, a reply in a followed thread) names the reply's author as readers see them
-- when the notice is read or mailed, not as they were shown when it was made: a case made anonymous afterwards
-- takes its author's name back from earlier notices too. The notice keeps the reply, the message key and the
-- subject's title; the author's name is no longer stored at all.
alter table notice
    add column reply_id bigint,
    add column text_key varchar(60),
    add column text_arg varchar(600);

-- Existing reply notices: their key is "CATEGORY:replyId:recipient", their text '… in "title"'.
update notice
set reply_id = cast(split_part(dedupe_key, ':', 2) as bigint),
    text_key = case category when 'MENTIONS' then 'notice.mention' else 'notice.reply' end,
    text_arg = coalesce(substring(text from '"(.*)"$'), ''),
    text     = coalesce(substring(text from '"(.*)"$'), '')
where category in ('MENTIONS', 'COMMENTS')
  and split_part(dedupe_key, ':', 2) ~ '^[0-9]{1,18}$';
