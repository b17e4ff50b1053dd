package org.hros.discussion.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
        this.found = keptReads.kind("subjects");
        this.pseudonymous = keptReads.kind("pseudonymous-authors", asked -> 1);
    }

    /** A subject with a thread, if anyone may read it now. */
    Optional<SubjectInfo> find(SubjectRef ref) {
        return owner(ref.type()).flatMap(owner -> owner.find(ref.id()));
    }

    /** Those of these subjects anyone may read now, in one query per kind of subject. */
    Map<SubjectRef, SubjectInfo> findAll(Collection<SubjectRef> refs) {
        Map<SubjectRef, SubjectInfo> found = new HashMap<>();
        byType(refs)
                .forEach((type, ids) -> owner(type)
                        .ifPresent(owner ->
                                owner.findAll(ids).forEach((id, info) -> found.put(new SubjectRef(type, id), info))));
        return found;
    }

    /**
     * For each subject, those of its member ids who take part in its thread under the pseudonym, in one query per
     * kind of subject; subjects with none are left out.
     */
    Map<SubjectRef, Set<Long>> pseudonymous(Map<SubjectRef, ? extends Collection<Long>> memberIdsBySubject) {
        Map<SubjectRef, Set<Long>> found = new HashMap<>();
        Map<SubjectType, Map<Long, Collection<Long>>> byType = new EnumMap<>(SubjectType.class);
        memberIdsBySubject.forEach((ref, memberIds) ->
                byType.computeIfAbsent(ref.type(), t -> new HashMap<>()).put(ref.id(), memberIds));
        byType.forEach((type, members) -> owner(type)
                .ifPresent(owner -> owner.speakingAsAuthor(members)
                        .forEach((id, speaking) -> found.put(new SubjectRef(type, id), speaking))));
        return found;
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

    private static Map<SubjectType, Set<Long>> byType(Collection<SubjectRef> refs) {
        Map<SubjectType, Set<Long>> ids = new EnumMap<>(SubjectType.class);
        refs.forEach(
                ref -> ids.computeIfAbsent(ref.type(), t -> new HashSet<>()).add(ref.id()));
        return ids;
    }

    private record Pseudonymous(SubjectRef ref, Set<Long> asked) {}

    private Optional<PublicSubjects> owner(SubjectType type) {
        return owners.orderedStream().filter(o -> o.type() == type).findFirst();
    }
}
