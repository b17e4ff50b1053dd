package org.hros.search.domain.indexing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    @Query("select d.id from CaseDocument d order by d.id")
    List<Long> findAllIds();

    /** Documents whose embedding is missing or was computed from an earlier revision. */
    @Query("select d.id from CaseDocument d where d.embeddedRevision is null or d.embeddedRevision <> d.revision"
            + " order by d.id")
    List<Long> findIdsToEmbed(org.springframework.data.domain.Limit limit);
}

interface RequestDocumentRepository extends JpaRepository<RequestDocument, Long> {

    @Query("select d.id from RequestDocument d order by d.id")
    List<Long> findAllIds();
}

interface ReplyDocumentRepository extends JpaRepository<ReplyDocument, Long> {

    @Query("select d.id from ReplyDocument d order by d.id")
    List<Long> findAllIds();

    @Query("select d from ReplyDocument d where d.subjectType = :type and d.subjectId = :id")
    List<ReplyDocument> findBySubject(String type, long id);
}
