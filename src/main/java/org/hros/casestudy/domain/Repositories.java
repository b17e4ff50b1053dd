package org.hros.casestudy.domain;

import java.util.List;
import java.util.Optional;
import org.hros.casestudy.CaseStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    List<CaseStudy> findByAuthorIdOrderByUpdatedAtDesc(long authorId);

    @Query("select c from CaseStudy c where c.status in :statuses order by c.submittedAt asc, c.id asc")
    List<CaseStudy> findQueue(List<CaseStatus> statuses);

    long countByStatusIn(List<CaseStatus> statuses);

    long countByStatusInAndReviewerId(List<CaseStatus> statuses, Long reviewerId);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseStudy c where c.id = :id")
    Optional<CaseStudy> findForUpdate(long id);

    @Query("select c.id from CaseStudy c where c.status = :status and c.embargoUntil <= :now order by c.embargoUntil")
    List<Long> findIdsByStatusAndEmbargoUntilNotAfter(CaseStatus status, java.time.Instant now);
}

interface CaseRevisionRepository extends JpaRepository<CaseRevision, Long> {

    Optional<CaseRevision> findByCaseIdAndCurrentTrue(long caseId);
}

interface ReviewNoteRepository extends JpaRepository<ReviewNote, Long> {

    List<ReviewNote> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);
}
