package org.hros.shared;

import java.util.List;

/**
 * Implemented by each module that keeps something a member wrote or chose, so that the member's own data export
 * gathers every part without depending on those modules.
 *
 * <p>A part writes only the member's own data: their text, their choices, and the titles and addresses of public
 * things they acted on. Never another member's name, handle, address or id, not even of whoever they replied to.
 */
public interface PersonalData {

    /** The files this part writes, in the order it writes them, for the archive's README. */
    List<FileNote> files();

    /** Writes the member's part into the archive, one file at a time. */
    void export(long memberId, Archive archive);

    /**
     * One file, or one kind of file, in the archive.
     *
     * @param path its path in the archive, or a pattern such as {@code cases/{id}/revision-{n}.md}
     * @param descriptionKey the message key that says what it holds
     */
    record FileNote(String path, String descriptionKey) {}

    /** Where a part writes its files; each file goes straight into the archive as it is written. */
    interface Archive {

        /** Writes {@code value} (records, lists, maps, strings, numbers, times) as an indented JSON document. */
        void json(String path, Object value);

        void markdown(String path, String text);

        /** A message's text in the archive's language, e.g. a section's heading in a Markdown file. */
        String text(String key, Object... arguments);
    }
}
