package org.hros.discussion;

import java.util.Set;
import org.hros.shared.SubjectRef;

/**
 * A reply was posted in the discussion of a subject, or edited to mention members its earlier text did not: then
 * {@code followers} is empty and {@code mentioned} names only those members, so a listener keyed by reply and
 * recipient tells each member mentioned once, however often the reply is edited.
 *
 * @param shownAs how the reply's author is shown publicly ("Author of this case" on a case that does not name them)
 * @param path the reply's address, e.g. {@code /cases/12/slug#reply-40}
 * @param followers members following the thread, not muted, without the reply's author
 * @param mentioned members mentioned in the reply, without its author
 */
public record ReplyPosted(
        long replyId,
        SubjectRef subject,
        String subjectTitle,
        String path,
        String shownAs,
        Set<Long> followers,
        Set<Long> mentioned) {

    public ReplyPosted {
        followers = Set.copyOf(followers);
        mentioned = Set.copyOf(mentioned);
    }
}
