package org.hros.member.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hros.member.MemberCard;
import org.hros.member.MemberRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmail(String email);

    Optional<Member> findByHandle(String handle);

    boolean existsByHandle(String handle);

    boolean existsByEmail(String email);

    /** Companies members show on their profiles; a company kept private is never used to flag anyone's text. */
    @Query("select distinct trim(m.company) from Member m"
            + " where m.companyPublic = true and m.company is not null and trim(m.company) <> ''")
    List<String> findDistinctPublicCompanies();

    /** The public cards of these members, without loading them: on every search result page. */
    @Query("select new org.hros.member.MemberCard(m.id, m.handle, m.displayName, m.headline) from Member m"
            + " where m.id in :ids")
    List<MemberCard> findCardsByIdIn(Collection<Long> ids);

    @Query("select m.id from Member m where m.role in :roles and m.emailVerifiedAt is not null")
    List<Long> findVerifiedIdsByRoleIn(Collection<MemberRole> roles);
}
