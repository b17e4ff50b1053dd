package org.hros.team.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamInvitationRepository extends JpaRepository<TeamInvitation, Long> {

    Optional<TeamInvitation> findByTokenHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from TeamInvitation i where i.tokenHash = :hash")
    Optional<TeamInvitation> findByTokenHashForUpdate(@Param("hash") String hash);

    @Query("select i from TeamInvitation i where i.teamId = :teamId and i.usedAt is null and i.revokedAt is null "
            + "and i.expiresAt > :now order by i.createdAt")
    List<TeamInvitation> findOpen(@Param("teamId") long teamId, @Param("now") Instant now);
}
