package org.hros.exercise.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    Optional<Exercise> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select e from Exercise e order by e.kind, e.title")
    List<Exercise> findAllInOrder();
}
