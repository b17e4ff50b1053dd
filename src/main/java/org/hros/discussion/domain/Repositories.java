package org.hros.discussion.domain;

import java.util.Collection;
import java.util.List;
import org.hros.shared.SubjectType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    @Query("select r from Reply r where r.subjectType = :type and r.subjectId = :id order by r.id")
    List<Reply> findThread(SubjectType type, long id);

    @Query("select count(r) from Reply r where r.subjectType = :type and r.subjectId = :id and r.id > :after")
    long countNewer(SubjectType type, long id, long after);

    @Query("select r.id, r.subjectType, r.subjectId from Reply r where r.removedAt is null and r.hiddenAt is null"
            + " order by r.id")
    List<Object[]> findLiveIdsAndSubjects();
}

interface ReplyRevisionRepository extends JpaRepository<ReplyRevision, Long> {

    @Query("select v from ReplyRevision v where v.replyId in :replyIds order by v.id")
    List<ReplyRevision> findByReplies(Collection<Long> replyIds);

    @Modifying
    @Query("delete from ReplyRevision v where v.replyId = :replyId")
    void deleteByReply(long replyId);
}
