package org.hros.member.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The invitation behind a link, locked: two sign-ups with one link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    @Query("select count(i) > 0 from Invitation i where lower(i.email) = :email and i.usedAt is null"
            + " and i.revokedAt is null and i.expiresAt > :now")
    boolean existsPendingFor(String email, Instant now);

    @Query("select i from Invitation i order by i.createdAt desc, i.id desc")
    Page<Invitation> findNewest(Pageable page);
}
