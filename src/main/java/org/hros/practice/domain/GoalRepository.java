package org.hros.practice.domain;

import java.util.Collection;
import java.util.List;
import org.hros.practice.GoalVisibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GoalRepository extends JpaRepository<Goal, Long> {

    @Query("select g from Goal g where g.ownerId = :ownerId order by g.updatedAt desc, g.id desc")
    List<Goal> findByOwner(@Param("ownerId") long ownerId);

    @Query("select g from Goal g where g.ownerId in :ownerIds and g.visibility in :visibilities "
            + "order by g.updatedAt desc, g.id desc")
    List<Goal> findShared(
            @Param("ownerIds") Collection<Long> ownerIds,
            @Param("visibilities") Collection<GoalVisibility> visibilities,
            org.springframework.data.domain.Pageable page);
}
