package org.hros.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * What {@link #find} says of each of these subjects, for those anyone may read now, keyed by id; owners
     * override it to answer a whole page or batch in one query.
     */
    default Map<Long, SubjectInfo> findAll(Collection<Long> ids) {
        Map<Long, SubjectInfo> found = new HashMap<>();
        for (long id : Set.copyOf(ids)) {
            find(id).ifPresent(info -> found.put(id, info));
        }
        return found;
    }

    /**
     * For many subjects at once what {@link #speakingAsAuthor(long, Collection)} says of one: for each
     * subject id, those of its member ids who speak there as its author (subjects with none are left out).
     * Owners override it to answer in one query.
     */
    default Map<Long, Set<Long>> speakingAsAuthor(Map<Long, ? extends Collection<Long>> memberIdsBySubject) {
        Map<Long, Set<Long>> found = new HashMap<>();
        memberIdsBySubject.forEach((id, memberIds) -> {
            Set<Long> speaking = speakingAsAuthor(id, memberIds);
            if (!speaking.isEmpty()) {
                found.put(id, speaking);
            }
        });
        return found;
    }

    /** Those of {@code memberIds} for whom {@link #speaksAsAuthor} holds: at most the subject's author. */
    default Set<Long> speakingAsAuthor(long id, Collection<Long> memberIds) {
        Set<Long> found = new HashSet<>();
        for (long memberId : Set.copyOf(memberIds)) {
            if (speaksAsAuthor(id, memberId)) {
                found.add(memberId);
            }
        }
        return found;
    }
}
