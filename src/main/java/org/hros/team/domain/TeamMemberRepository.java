package org.hros.team.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamMemberRepository extends JpaRepository<TeamMember, TeamMember.Key> {

    @Query("select m from TeamMember m where m.key.teamId = :teamId and m.key.memberId = :memberId")
    Optional<TeamMember> find(@Param("teamId") long teamId, @Param("memberId") long memberId);

    @Query("select m from TeamMember m where m.key.teamId = :teamId order by m.joinedAt, m.key.memberId")
    List<TeamMember> findByTeam(@Param("teamId") long teamId);

    @Query("select m from TeamMember m where m.key.memberId = :memberId order by m.joinedAt")
    List<TeamMember> findByMember(@Param("memberId") long memberId);

    @Query("select count(m) from TeamMember m where m.key.teamId = :teamId")
    long countByTeam(@Param("teamId") long teamId);

    @Query("select count(mine) > 0 from TeamMember mine, TeamMember other "
            + "where mine.key.memberId = :a and other.key.memberId = :b and other.key.teamId = mine.key.teamId")
    boolean shareATeam(@Param("a") long a, @Param("b") long b);
}
