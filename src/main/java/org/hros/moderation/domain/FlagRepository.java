package org.hros.moderation.domain;

import java.util.List;
import org.hros.shared.SubjectType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FlagRepository extends JpaRepository<Flag, Long> {

    boolean existsBySubjectTypeAndSubjectIdAndMemberId(SubjectType type, long subjectId, long memberId);

    @Query("select f from Flag f where f.subjectType = :type and f.subjectId = :id and f.resolvedAt is null"
            + " order by f.createdAt")
    List<Flag> findOpen(SubjectType type, long id);

    /** Items with open flags, the heaviest first (the flaggers' weights summed): type, id, weight. */
    @Query("select f.subjectType, f.subjectId, sum(f.weight) from Flag f where f.resolvedAt is null"
            + " group by f.subjectType, f.subjectId order by sum(f.weight) desc, max(f.createdAt) desc")
    List<Object[]> findQueue();

    /** Items whose last decision was to hide them: type, id. */
    @Query("select distinct f.subjectType, f.subjectId from Flag f where f.outcome = 'HIDDEN' and not exists ("
            + "select g from Flag g where g.subjectType = f.subjectType and g.subjectId = f.subjectId"
            + " and g.resolvedAt > f.resolvedAt)")
    List<Object[]> findHidden();
}
