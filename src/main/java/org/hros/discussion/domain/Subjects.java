package org.hros.discussion.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hros.platform.KeptReads;
import org.hros.shared.NotFoundException;
import org.hros.shared.PublicSubjects;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The public subjects of other modules, found through whichever {@link PublicSubjects} beans exist (the case
 * library's today, the agenda's for requests later), so that this module depends on none of them.
 */
@Component
class Subjects {

    private final ObjectProvider<PublicSubjects> owners;
    private final KeptReads.Kept<SubjectRef, Optional<SubjectInfo>> found;
    private final KeptReads.Kept<Pseudonymous, Set<Long>> pseudonymous;

    Subjects(ObjectProvider<PublicSubjects> owners, KeptReads keptReads) {
        this.owners = owners;
        this.found = keptReads.kind();
        this.pseudonymous = keptReads.kind(asked -> 1);
    }

    /** A subject with a thread, if anyone may read it now. */
    Optional<SubjectInfo> find(SubjectRef ref) {
        return owner(ref.type()).flatMap(owner -> owner.find(ref.id()));
    }

    /**
     * The same for showing a thread, kept until public pages change ({@link KeptReads}): a subject appears, goes or is
     * renamed only with such a change. Writes ask {@link #find} or {@link #require}.
     */
    Optional<SubjectInfo> findToShow(SubjectRef ref) {
        return found.get(ref, () -> find(ref));
    }

    /**
     * @throws NotFoundException when the subject is not public (or its kind has no thread)
     */
    SubjectInfo requireToShow(SubjectRef ref) {
        return findToShow(ref).orElseThrow(() -> new NotFoundException("No such discussion"));
    }

    /**
     * @throws NotFoundException when the subject is not public (or its kind has no thread)
     */
    SubjectInfo require(SubjectRef ref) {
        return find(ref).orElseThrow(() -> new NotFoundException("No such discussion"));
    }

    /** Whether the member takes part in this subject's thread as its author, under the pseudonym. */
    boolean speaksAsAuthor(SubjectRef ref, long memberId) {
        return owner(ref.type()).map(o -> o.speaksAsAuthor(ref.id(), memberId)).orElse(false);
    }

    /**
     * Those of {@code memberIds} who take part in the thread under the pseudonym: at most its author. Kept for the same
     * members until public pages change: only a change of attribution (or a withdrawal) changes the answer.
     */
    Set<Long> pseudonymous(SubjectRef ref, Collection<Long> memberIds) {
        Optional<PublicSubjects> owner = owner(ref.type());
        if (owner.isEmpty() || memberIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> asked = Set.copyOf(memberIds);
        return pseudonymous.get(
                new Pseudonymous(ref, asked),
                () -> Set.copyOf(new HashSet<>(owner.get().speakingAsAuthor(ref.id(), asked))));
    }

    private record Pseudonymous(SubjectRef ref, Set<Long> asked) {}

    private Optional<PublicSubjects> owner(SubjectType type) {
        return owners.orderedStream().filter(o -> o.type() == type).findFirst();
    }
}
