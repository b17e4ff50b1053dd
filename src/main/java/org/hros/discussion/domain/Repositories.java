package org.hros.discussion.domain;

import java.util.Collection;
import java.util.List;
import org.hros.shared.SubjectType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    // Reply ids are in no readable order (V76): a thread is ordered by when its replies were posted.
    @Query("select r from Reply r where r.subjectType = :type and r.subjectId = :id order by r.createdAt, r.id")
    List<Reply> findThread(SubjectType type, long id);

    /** Replies posted after the one with id {@code after} (all of them when it is 0), by time, not by id. */
    @Query("select count(r) from Reply r where r.subjectType = :type and r.subjectId = :id"
            + " and (:after = 0 or r.createdAt > (select a.createdAt from Reply a where a.id = :after))")
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
