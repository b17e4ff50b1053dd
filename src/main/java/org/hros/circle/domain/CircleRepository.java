package org.hros.circle.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CircleRepository extends JpaRepository<Circle, Long> {

    /** Locks the circle's row, so that joins are counted against its size limit one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Circle c where c.id = :id")
    Optional<Circle> findForUpdate(@Param("id") long id);

    @Query("select c from Circle c where c.id in :ids order by c.name")
    List<Circle> findAllByIdOrdered(@Param("ids") Collection<Long> ids);
}
