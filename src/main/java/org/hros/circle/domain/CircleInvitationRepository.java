package org.hros.circle.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CircleInvitationRepository extends JpaRepository<CircleInvitation, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from CircleInvitation i where i.tokenHash = :tokenHash")
    Optional<CircleInvitation> findByTokenHashForUpdate(@Param("tokenHash") String tokenHash);

    @Query("select i from CircleInvitation i where i.tokenHash = :tokenHash")
    Optional<CircleInvitation> findByTokenHash(@Param("tokenHash") String tokenHash);

    @Query("select i from CircleInvitation i where i.circleId = :circleId and i.revokedAt is null "
            + "and i.usedAt is null and i.expiresAt > :now order by i.createdAt desc")
    List<CircleInvitation> findOpen(@Param("circleId") long circleId, @Param("now") java.time.Instant now);
}
