package org.hros.circle.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The circle module's repositories, package-private like their entities. */
final class CircleRepositories {

    private CircleRepositories() {}

    interface CircleRepository extends JpaRepository<Circle, Long> {

        /** Locks the circle's row, so that joins are counted against its size limit one at a time. */
        @Lock(LockModeType.PESSIMISTIC_WRITE)
        @Query("select c from Circle c where c.id = :id")
        Optional<Circle> findForUpdate(@Param("id") long id);

        @Query("select c from Circle c where c.id in :ids order by c.name")
        List<Circle> findAllByIdOrdered(@Param("ids") Collection<Long> ids);
    }

    interface CircleMemberRepository extends JpaRepository<CircleMember, CircleMember.Key> {

        @Query("select m from CircleMember m where m.key.circleId = :circleId and m.key.memberId = :memberId")
        Optional<CircleMember> find(@Param("circleId") long circleId, @Param("memberId") long memberId);

        @Query("select m from CircleMember m where m.key.circleId = :circleId order by m.joinedAt, m.key.memberId")
        List<CircleMember> findByCircle(@Param("circleId") long circleId);

        @Query("select m from CircleMember m where m.key.memberId = :memberId")
        List<CircleMember> findByMember(@Param("memberId") long memberId);

        @Query("select count(m) from CircleMember m where m.key.circleId = :circleId")
        long countByCircle(@Param("circleId") long circleId);

        @Query("select count(m) from CircleMember m where m.key.circleId = :circleId and m.role = "
                + "org.hros.circle.CircleRole.FACILITATOR")
        long countFacilitators(@Param("circleId") long circleId);

        @Query("select distinct other.key.memberId from CircleMember mine, CircleMember other "
                + "where mine.key.memberId = :memberId and other.key.circleId = mine.key.circleId "
                + "and other.key.memberId <> :memberId")
        List<Long> findCircleMates(@Param("memberId") long memberId);

        @Query("select count(mine) > 0 from CircleMember mine, CircleMember other "
                + "where mine.key.memberId = :a and other.key.memberId = :b and other.key.circleId = mine.key.circleId")
        boolean shareACircle(@Param("a") long a, @Param("b") long b);
    }

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

    interface CircleThreadRepository extends JpaRepository<CircleThread, Long> {

        @Query("select t from CircleThread t where t.circleId = :circleId and t.kind = :kind "
                + "order by t.lastPostAt desc, t.id desc")
        List<CircleThread> findByCircle(
                @Param("circleId") long circleId, @Param("kind") CircleThread.Kind kind, Pageable page);

        @Query("select count(t) from CircleThread t where t.circleId = :circleId and t.kind = :kind")
        long countByCircle(@Param("circleId") long circleId, @Param("kind") CircleThread.Kind kind);
    }

    interface CirclePostRepository extends JpaRepository<CirclePost, Long> {

        @Query("select p from CirclePost p where p.threadId = :threadId order by p.createdAt, p.id")
        List<CirclePost> findByThread(@Param("threadId") long threadId);

        @Query("select p from CirclePost p where p.threadId in :threadIds order by p.createdAt, p.id")
        List<CirclePost> findByThreads(@Param("threadIds") Collection<Long> threadIds);

        @Query("select p.threadId, count(p) from CirclePost p where p.threadId in :threadIds group by p.threadId")
        List<Object[]> countByThreads(@Param("threadIds") Collection<Long> threadIds);
    }
}
