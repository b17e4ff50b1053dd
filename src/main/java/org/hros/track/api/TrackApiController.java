package org.hros.track.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hros.member.MemberPrincipal;
import org.hros.platform.HrosProperties;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.PageView;
import org.hros.shared.Skill;
import org.hros.shared.Vocabulary;
import org.hros.track.domain.TrackLearning;
import org.hros.track.domain.TrackReading;
import org.hros.track.domain.TrackVotes;
import org.hros.track.domain.Viewer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tracks over JSON: published tracks for anyone; the caller's progress and votes for members. A draft answers 404
 * to anyone but its proposer and editors, as for a track that does not exist.
 */
@RestController
@Tag(name = "Tracks", description = "Learning paths for one skill, members' progress on them, and votes")
class TrackApiController {

    private final TrackReading reading;
    private final TrackLearning learning;
    private final TrackVotes votes;
    private final String baseUrl;

    TrackApiController(TrackReading reading, TrackLearning learning, TrackVotes votes, HrosProperties hrosProperties) {
        this.reading = reading;
        this.learning = learning;
        this.votes = votes;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping("/api/v1/tracks")
    @Operation(summary = "List published tracks, newest first, optionally for one skill")
    List<TrackJson.Summary> listTracks(
            @RequestParam(required = false) String skill, @RequestParam(required = false) Integer page) {
        Skill chosen = null;
        if (skill != null && !skill.isBlank()) {
            chosen = Vocabulary.fromSlug(Skill.class, skill)
                    .orElseThrow(
                            () -> new FieldErrorsException(List.of(new FieldError("skill", "track.skill.invalid"))));
        }
        return reading.published(chosen, PageView.normalise(page), PageView.DEFAULT_SIZE).items().stream()
                .map(t -> TrackJson.Summary.of(t, baseUrl))
                .toList();
    }

    @GetMapping("/api/v1/tracks/{slug:[a-z0-9-]+}")
    @Operation(summary = "Read a track with its steps and the open requests on its skill")
    TrackJson.Track getTrack(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug) {
        return TrackJson.Track.of(reading.track(slug, Viewer.of(me)), baseUrl);
    }

    @GetMapping("/api/v1/tracks/{slug:[a-z0-9-]+}/progress")
    @Operation(summary = "Read the caller's progress on a track")
    TrackJson.MyProgress getProgress(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug) {
        return TrackJson.MyProgress.of(reading.track(slug, Viewer.of(me)), baseUrl);
    }

    @PostMapping("/api/v1/tracks/{slug:[a-z0-9-]+}/progress")
    @Operation(
            summary = "Start a track, or mark one of its steps done or not done",
            description = "Without a step, starts the track. Exercise steps are done by passing the exercise.")
    TrackJson.MyProgress changeProgress(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @RequestBody(required = false) TrackJson.ProgressChange body) {
        if (body == null || body.step() == null) {
            learning.start(slug, me.id());
        } else if (body.done() == null || body.done()) {
            learning.markDone(slug, body.step(), me.id());
        } else {
            learning.undo(slug, body.step(), me.id());
        }
        return TrackJson.MyProgress.of(reading.track(slug, Viewer.of(me)), baseUrl);
    }

    @GetMapping("/api/v1/my/tracks")
    @Operation(summary = "List the tracks the caller follows, with progress")
    List<TrackJson.Mine> listMyTracks(@AuthenticationPrincipal MemberPrincipal me) {
        return reading.myTracks(me.id()).stream()
                .map(t -> TrackJson.Mine.of(t, baseUrl))
                .toList();
    }

    @PutMapping("/api/v1/tracks/{slug:[a-z0-9-]+}/vote")
    @Operation(summary = "Vote for a track (once; voting again changes nothing)")
    TrackJson.Vote voteForTrack(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug) {
        votes.voteForTrack(slug, me.id());
        return new TrackJson.Vote(true);
    }

    @DeleteMapping("/api/v1/tracks/{slug:[a-z0-9-]+}/vote")
    @Operation(summary = "Withdraw the caller's vote for a track")
    TrackJson.Vote withdrawTrackVote(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug) {
        votes.withdrawTrackVote(slug, me.id());
        return new TrackJson.Vote(false);
    }

    @PutMapping("/api/v1/track-skills/{skill:[a-z0-9-]+}/vote")
    @Operation(summary = "Ask for a track on a skill (one vote per member)")
    TrackJson.Vote voteForSkill(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String skill) {
        votes.voteForSkill(skill(skill), me.id());
        return new TrackJson.Vote(true);
    }

    @DeleteMapping("/api/v1/track-skills/{skill:[a-z0-9-]+}/vote")
    @Operation(summary = "Withdraw the caller's vote for a skill")
    TrackJson.Vote withdrawSkillVote(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String skill) {
        votes.withdrawSkillVote(skill(skill), me.id());
        return new TrackJson.Vote(false);
    }

    private static Skill skill(String slug) {
        return Vocabulary.fromSlug(Skill.class, slug)
                .orElseThrow(() -> new org.hros.shared.NotFoundException("No such skill"));
    }
}
