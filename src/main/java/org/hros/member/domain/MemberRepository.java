package org.hros.member.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmail(String email);

    Optional<Member> findByHandle(String handle);

    boolean existsByHandle(String handle);

    boolean existsByEmail(String email);
}
