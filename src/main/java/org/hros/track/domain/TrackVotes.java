package org.hros.track.domain;

import java.time.Clock;
import java.util.List;
import org.hros.shared.Skill;
import org.hros.track.TrackDesk;
import org.hros.track.TrackStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' votes: one per member for a published track they want to see more of, and one per member for a skill
 * they want a track on. A skill with at least {@code hros.tracks.skill-vote-threshold} votes and no published
 * track is "asked for": editors see it on their desk, members on the tracks page.
 */
@Service
public class TrackVotes implements TrackDesk {

    private final TrackAccess access;
    private final TrackRepository tracks;
    private final VoteStore votes;
    private final Clock clock;
    private final long threshold;

    TrackVotes(
            TrackAccess access, TrackRepository tracks, VoteStore votes, Clock clock, TrackProperties trackProperties) {
        this.access = access;
        this.tracks = tracks;
        this.votes = votes;
        this.clock = clock;
        this.threshold = Math.max(1, trackProperties.skillVoteThreshold());
    }

    @Transactional
    public void voteForTrack(String slug, long memberId) {
        votes.voteForTrack(access.published(slug).id(), memberId, clock.instant());
    }

    @Transactional
    public void withdrawTrackVote(String slug, long memberId) {
        votes.withdrawTrackVote(access.published(slug).id(), memberId);
    }

    @Transactional
    public void voteForSkill(Skill skill, long memberId) {
        votes.voteForSkill(skill, memberId, clock.instant());
    }

    @Transactional
    public void withdrawSkillVote(Skill skill, long memberId) {
        votes.withdrawSkillVote(skill, memberId);
    }

    @Transactional(readOnly = true)
    public List<Skill> skillsVotedBy(long memberId) {
        return votes.skillsVotedBy(memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AskedSkill> skillsAskedFor() {
        return votes.askedFor(threshold);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingProposal> proposalsWaiting() {
        return tracks.findByStatusOrderByUpdatedAtAsc(TrackStatus.SUBMITTED).stream()
                .map(t -> new WaitingProposal(t.slug(), t.title(), t.skill(), t.updatedAt()))
                .toList();
    }
}
