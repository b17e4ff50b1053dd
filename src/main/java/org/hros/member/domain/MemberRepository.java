package org.hros.member.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hros.member.MemberRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmail(String email);

    Optional<Member> findByHandle(String handle);

    boolean existsByHandle(String handle);

    boolean existsByEmail(String email);

    @Query("select distinct trim(m.company) from Member m where m.company is not null and trim(m.company) <> ''")
    List<String> findDistinctCompanies();

    @Query("select m.id from Member m where m.role in :roles and m.emailVerifiedAt is not null")
    List<Long> findVerifiedIdsByRoleIn(Collection<MemberRole> roles);
}
