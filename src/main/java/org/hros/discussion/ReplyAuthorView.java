package org.hros.discussion;

/**
 * Everything a reader may know of who wrote a reply. For the author of a subject that does not name them, it is
 * the per-subject pseudonym alone: no name, no handle, no profile, nothing that leads to the member.
 *
 * @param name the display name, or {@code null} under the pseudonym
 * @param profilePath the profile, or {@code null} under the pseudonym
 * @param subjectAuthor whether the reply is shown as "Author of this case" (or request)
 */
public record ReplyAuthorView(String name, String profilePath, boolean subjectAuthor) {

    public static ReplyAuthorView pseudonym() {
        return new ReplyAuthorView(null, null, true);
    }
}
