package org.hros.track.domain;

import java.util.List;
import java.util.Optional;
import org.hros.track.TrackStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrackRepository extends JpaRepository<Track, Long> {

    Optional<Track> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select t from Track t where t.status = org.hros.track.TrackStatus.PUBLISHED"
            + " and (:skill is null or t.skill = :skill) order by t.publishedAt desc, t.id desc")
    Page<Track> findPublished(@Param("skill") String skill, Pageable page);

    @Query("select t from Track t where t.proposerId = :memberId and t.status <> org.hros.track.TrackStatus.PUBLISHED"
            + " order by t.updatedAt desc")
    List<Track> findProposalsBy(@Param("memberId") long memberId);

    List<Track> findByStatusOrderByUpdatedAtAsc(TrackStatus status);

    @Query("select t from Track t where t.id in :ids")
    List<Track> findByIds(@Param("ids") java.util.Collection<Long> ids);

    /** Tracks with their steps in one query, for reading steps of several tracks at once. */
    @Query("select distinct t from Track t left join fetch t.steps where t.id in :ids")
    List<Track> findWithStepsByIds(@Param("ids") java.util.Collection<Long> ids);
}
