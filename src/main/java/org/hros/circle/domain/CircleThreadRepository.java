package org.hros.circle.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CircleThreadRepository extends JpaRepository<CircleThread, Long> {

    @Query("select t from CircleThread t where t.circleId = :circleId and t.kind = :kind "
            + "order by t.lastPostAt desc, t.id desc")
    List<CircleThread> findByCircle(
            @Param("circleId") long circleId, @Param("kind") CircleThread.Kind kind, Pageable page);

    @Query("select count(t) from CircleThread t where t.circleId = :circleId and t.kind = :kind")
    long countByCircle(@Param("circleId") long circleId, @Param("kind") CircleThread.Kind kind);
}
