package org.hros.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * The published library as evidence, for the radar and the trends: what each published, not withdrawn case is
 * about, how it ended, when it first appeared and how many readers it helped. Never who wrote it.
 */
public interface CaseEvidence {

    List<CaseFact> publishedFacts();

    /**
     * One published case as evidence.
     *
     * @param firstPublishedAt when its first revision was published
     * @param helpful its "this helped" reactions
     */
    record CaseFact(
            long id,
            String title,
            String excerpt,
            Outcome outcome,
            Set<Topic> topics,
            Set<Skill> skills,
            Instant firstPublishedAt,
            long helpful) {}
}
