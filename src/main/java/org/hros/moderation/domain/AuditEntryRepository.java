package org.hros.moderation.domain;

import org.hros.moderation.AuditAction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    boolean existsByActorIdAndActionAndCaseIdAndNote(long actorId, AuditAction action, Long caseId, String note);

    Page<AuditEntry> findByMemberIdOrderByOccurredAtDescIdDesc(Long memberId, Pageable pageable);
}
