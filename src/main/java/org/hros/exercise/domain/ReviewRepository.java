package org.hros.exercise.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByAttemptIdOrderByCreatedAtAsc(long attemptId);

    boolean existsByAttemptIdAndReviewerId(long attemptId, long reviewerId);
}
