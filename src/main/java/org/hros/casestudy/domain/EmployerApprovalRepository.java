package org.hros.casestudy.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EmployerApprovalRepository extends JpaRepository<EmployerApproval, Long> {

    Optional<EmployerApproval> findByTokenHash(String tokenHash);

    /** Locks the link, so that two clicks on it make one decision. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from EmployerApproval a where a.tokenHash = :tokenHash")
    Optional<EmployerApproval> findForUpdate(String tokenHash);
}
