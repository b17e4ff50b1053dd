package org.hros.circle.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CirclePostRepository extends JpaRepository<CirclePost, Long> {

    @Query("select p from CirclePost p where p.threadId = :threadId order by p.createdAt, p.id")
    List<CirclePost> findByThread(@Param("threadId") long threadId);

    @Query("select p from CirclePost p where p.threadId in :threadIds order by p.createdAt, p.id")
    List<CirclePost> findByThreads(@Param("threadIds") Collection<Long> threadIds);

    @Query("select distinct p.authorId from CirclePost p where p.threadId = :threadId and p.authorId is not null")
    List<Long> findAuthors(@Param("threadId") long threadId);

    @Query("select p.threadId, count(p) from CirclePost p where p.threadId in :threadIds group by p.threadId")
    List<Object[]> countByThreads(@Param("threadIds") Collection<Long> threadIds);
}
