package org.hros.practice.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    @Query("select c from CheckIn c where c.goalId = :goalId order by c.createdAt, c.id")
    List<CheckIn> findByGoal(@Param("goalId") long goalId);

    @Query("select c from CheckIn c where c.goalId in :goalIds order by c.createdAt, c.id")
    List<CheckIn> findByGoals(@Param("goalIds") Collection<Long> goalIds);
}
