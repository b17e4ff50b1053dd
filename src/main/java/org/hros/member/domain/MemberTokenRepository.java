package org.hros.member.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberTokenRepository extends JpaRepository<MemberToken, Long> {

    Optional<MemberToken> findByTokenHash(String tokenHash);
}
