package org.hros.track;

import java.util.List;
import org.hros.shared.Skill;

/** What the editors' desk shows of tracks: skills members are asking for, and proposals waiting. */
public interface TrackDesk {

    /** Skills with at least the configured number of votes and no published track, most voted first. */
    List<AskedSkill> skillsAskedFor();

    /** Proposed tracks waiting for an editor, oldest first. */
    List<WaitingProposal> proposalsWaiting();

    record AskedSkill(Skill skill, long votes) {}

    record WaitingProposal(String slug, String title, Skill skill, java.time.Instant updatedAt) {}
}
