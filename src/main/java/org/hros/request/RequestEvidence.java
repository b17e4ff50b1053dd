package org.hros.request;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * The agenda as evidence, for the radar and the trends: what each request is about, whether it still waits for
 * an answer, and when it was opened and voted for. Never who posted or voted.
 */
public interface RequestEvidence {

    /** Every request not merged into another. */
    List<RequestFact> requestFacts();

    /** When each "me too" vote on a request not merged into another was cast, since {@code since}. */
    List<VoteFact> votesSince(Instant since);

    /** One request; {@code waiting} when it is open, being sourced or in progress. */
    record RequestFact(
            long id, String title, Set<Topic> topics, Set<Skill> skills, boolean waiting, Instant createdAt) {}

    record VoteFact(long requestId, Instant castAt) {}
}
