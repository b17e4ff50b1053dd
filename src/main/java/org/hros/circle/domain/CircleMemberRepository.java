package org.hros.circle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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
