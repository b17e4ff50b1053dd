package org.hros.shared;

import java.util.Optional;

/**
 * Implemented by each module that owns a kind of subject (the case library for cases, the agenda for requests), so
 * that discussion and reactions can refer to them without depending on those modules.
 */
public interface PublicSubjects {

    SubjectType type();

    /** The subject if anyone may read it now: a published, not withdrawn case; a visible request. */
    Optional<SubjectInfo> find(long id);

    /**
     * Whether the member is the author of this subject and the subject does not name them, so that they take part
     * under the per-subject pseudonym "Author of this case" and are never shown by name on it.
     */
    boolean speaksAsAuthor(long id, long memberId);

    /** Those of {@code memberIds} for whom {@link #speaksAsAuthor} holds: at most the subject's author. */
    default java.util.Set<Long> speakingAsAuthor(long id, java.util.Collection<Long> memberIds) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        for (long memberId : java.util.Set.copyOf(memberIds)) {
            if (speaksAsAuthor(id, memberId)) {
                found.add(memberId);
            }
        }
        return found;
    }
}
