package org.hros.discussion;

import org.hros.shared.SubjectRef;

/**
 * The discussion of public subjects, for the pages that show them: the case page renders a thread with the
 * discussion module's templates, so it reads well without JavaScript and no module depends on the other's
 * internals.
 */
public interface Discussions {

    /**
     * The thread of a subject as {@code viewer} (or a visitor, when {@code null}) sees it.
     *
     * @throws org.hros.shared.NotFoundException when the subject is not public
     */
    ThreadView thread(SubjectRef subject, Viewer viewer, ThreadOptions options);

    /** The reactions on a subject as {@code viewerId} (or a visitor) sees them. */
    ReactionBar reactions(SubjectRef subject, Long viewerId);

    /** How many members gave {@code kind} to the subject. */
    long count(SubjectRef subject, ReactionKind kind);

    /**
     * How the author of a reply is shown to readers now: their name, or the pseudonym on a case that does not name
     * them. Empty when the reply was removed or its author is gone. Asked whenever a notice about the reply is
     * read, so that a case made anonymous later takes the name back from earlier notices too.
     */
    java.util.Optional<String> replyAuthorShownAs(long replyId);

    /**
     * {@link #replyAuthorShownAs} for many replies at once, for a page of notices: the replies whose author is
     * shown, by reply id. Removed replies and departed authors are left out.
     */
    java.util.Map<Long, String> replyAuthorsShownAs(java.util.Collection<Long> replyIds);

    /** Makes the member follow the subject's thread unless they muted it, e.g. an author on publication. */
    void follow(SubjectRef subject, long memberId);
}
