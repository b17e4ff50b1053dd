package org.hros.search.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    @Query("select d.id from CaseDocument d order by d.id")
    List<Long> findAllIds();
}
