package org.hros.exercise.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    @Query("select a from Attempt a where a.memberId = :memberId and a.exerciseId = :exerciseId "
            + "order by a.createdAt desc, a.id desc")
    List<Attempt> findMine(@Param("memberId") long memberId, @Param("exerciseId") long exerciseId, Pageable page);

    @Query("select count(a) from Attempt a where a.memberId = :memberId and a.exerciseId = :exerciseId")
    long countMine(@Param("memberId") long memberId, @Param("exerciseId") long exerciseId);

    List<Attempt> findByMemberId(long memberId);

    boolean existsByMemberIdAndExerciseIdAndPassedTrue(long memberId, long exerciseId);

    boolean existsByMemberIdAndExerciseId(long memberId, long exerciseId);

    /**
     * Attempts offered for review that {@code reviewerId} may review: copywriting attempts by someone else, at an
     * exercise the reviewer attempted too, that they have not reviewed yet. The one place that decides who reviews
     * whom (a team scope would narrow it here).
     */
    @Query(
            "select a from Attempt a, Exercise e where e.id = a.exerciseId and e.kind = org.hros.exercise.ExerciseKind.COPY "
                    + "and a.offeredForReviewAt is not null and a.memberId <> :reviewerId "
                    + "and exists (select 1 from Attempt mine where mine.memberId = :reviewerId and mine.exerciseId = a.exerciseId) "
                    + "and not exists (select 1 from Review r where r.attemptId = a.id and r.reviewerId = :reviewerId) "
                    + "order by a.offeredForReviewAt asc, a.id asc")
    List<Attempt> findWaitingFor(@Param("reviewerId") long reviewerId, Pageable page);
}
