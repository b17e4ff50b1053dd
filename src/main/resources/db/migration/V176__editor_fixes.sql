-- An editor's small fix to a section of a submission (a phone number taken out) is kept beside the review notes:
-- the note says what was changed and why, and the section's text before and after the fix is kept with it.
alter table review_note
    add column text_before text,
    add column text_after text,
    add constraint review_note_fix check ((text_before is null) = (text_after is null)),
    add constraint review_note_fix_has_section check (text_before is null or section is not null);
