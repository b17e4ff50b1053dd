package org.hros.member.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderLinkRepository extends JpaRepository<ProviderLink, Long> {

    Optional<ProviderLink> findByIssuerAndSubject(String issuer, String subject);

    List<ProviderLink> findByMemberIdOrderByLinkedAt(long memberId);

    long countByMemberId(long memberId);

    Optional<ProviderLink> findByIdAndMemberId(long id, long memberId);
}
