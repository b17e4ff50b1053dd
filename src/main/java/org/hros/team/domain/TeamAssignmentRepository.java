package org.hros.team.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamAssignmentRepository extends JpaRepository<TeamAssignment, Long> {

    @Query("select a from TeamAssignment a where a.teamId = :teamId order by a.dueOn, a.id")
    List<TeamAssignment> findByTeam(@Param("teamId") long teamId);

    @Query("select a from TeamAssignment a where a.id = :id and a.teamId = :teamId")
    Optional<TeamAssignment> find(@Param("teamId") long teamId, @Param("id") long id);

    @Query("select count(a) > 0 from TeamAssignment a where a.teamId = :teamId and a.trackSlug = :slug")
    boolean exists(@Param("teamId") long teamId, @Param("slug") String slug);

    @Query("select a from TeamAssignment a where a.dueOn between :from and :to order by a.id")
    List<TeamAssignment> findDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
