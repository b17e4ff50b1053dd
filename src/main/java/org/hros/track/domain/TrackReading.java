package org.hros.track.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hros.circle.CircleMemberships;
import org.hros.request.RequestCatalog;
import org.hros.shared.PageView;
import org.hros.shared.Skill;
import org.hros.team.TeamMemberships;
import org.hros.track.TrackSessions;
import org.hros.track.domain.TrackViews.MyTrack;
import org.hros.track.domain.TrackViews.ProgressView;
import org.hros.track.domain.TrackViews.StepContent;
import org.hros.track.domain.TrackViews.StepLine;
import org.hros.track.domain.TrackViews.StepPage;
import org.hros.track.domain.TrackViews.TrackPage;
import org.hros.track.domain.TrackViews.TrackSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading tracks: the public list, a track's path with the viewer's progress, a step, and one's own tracks. */
@Service
public class TrackReading {

    static final int NEEDS = 5;
    static final int SESSIONS = 5;

    private final TrackRepository tracks;
    private final TrackAccess access;
    private final StepResolver resolver;
    private final ProgressStore progress;
    private final CertificateStore certificates;
    private final Reflections reflections;
    private final VoteStore votes;
    private final CircleMemberships circles;
    private final TeamMemberships teams;
    private final RequestCatalog requests;
    private final TrackSessions sessions;

    TrackReading(
            TrackRepository tracks,
            TrackAccess access,
            StepResolver resolver,
            ProgressStore progress,
            CertificateStore certificates,
            Reflections reflections,
            VoteStore votes,
            CircleMemberships circles,
            TeamMemberships teams,
            RequestCatalog requests,
            TrackSessions sessions) {
        this.tracks = tracks;
        this.access = access;
        this.resolver = resolver;
        this.progress = progress;
        this.certificates = certificates;
        this.reflections = reflections;
        this.votes = votes;
        this.circles = circles;
        this.teams = teams;
        this.requests = requests;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public PageView<TrackSummary> published(Skill skill, int page, int size) {
        Page<Track> found = tracks.findPublished(skill == null ? null : skill.slug(), PageRequest.of(page - 1, size));
        return new PageView<>(summaries(found.getContent()), page, size, found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public TrackPage track(String slug, Viewer viewer) {
        Track track = access.visible(slug, viewer);
        List<StepContent> contents = resolver.contents(track.steps(), false);
        Set<Long> done = viewer.signedIn() ? progress.done(stepIds(track), viewer.id()) : Set.of();
        List<StepLine> lines = new ArrayList<>();
        for (int i = 0; i < track.steps().size(); i++) {
            lines.add(line(track.steps().get(i), contents.get(i), done));
        }
        return new TrackPage(
                summary(track),
                lines,
                progressOf(track, viewer, done),
                track.published() ? requests.waitingOnSkill(track.skill(), NEEDS) : List.of(),
                track.published() ? sessionsOn(track) : List.of(),
                viewer.signedIn() && votes.votedForTrack(track.id(), viewer.id()),
                viewer.editor() || (viewer.is(track.proposerId()) && !track.published()),
                viewer.is(track.proposerId()),
                viewer.is(track.proposerId()) || viewer.editor() ? track.returnNote() : null);
    }

    /** The live sessions that covered the track's cases or requests. */
    private List<TrackSessions.SessionLink> sessionsOn(Track track) {
        List<Long> caseIds = track.steps().stream()
                .map(TrackStep::caseId)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<Long> requestIds = track.steps().stream()
                .map(TrackStep::requestId)
                .filter(java.util.Objects::nonNull)
                .toList();
        return sessions.about(caseIds, requestIds, SESSIONS);
    }

    @Transactional(readOnly = true)
    public StepPage step(String slug, int position, Viewer viewer) {
        Track track = access.visible(slug, viewer);
        TrackStep step = TrackLearning.step(track, position);
        StepContent content = resolver.contents(List.of(step), true).get(0);
        Set<Long> done = viewer.signedIn() ? progress.done(stepIds(track), viewer.id()) : Set.of();
        int total = track.steps().size();
        return new StepPage(
                summary(track),
                line(step, content, done),
                content,
                total,
                position > 1 ? position - 1 : null,
                position < total ? position + 1 : null,
                progressOf(track, viewer, done),
                viewer.signedIn() ? reflections.mine(step.id(), viewer.id()).orElse(null) : null,
                viewer.signedIn() ? reflections.sharedWith(step, viewer.id()) : List.of(),
                viewer.signedIn() ? circles.circlesOf(viewer.id()) : List.of(),
                viewer.signedIn() ? teams.teamsOf(viewer.id()) : List.of());
    }

    /** The tracks the member follows, newest start first, with their progress. */
    @Transactional(readOnly = true)
    public List<MyTrack> myTracks(long memberId) {
        List<ProgressStore.Enrolment> enrolments = progress.enrolments(memberId);
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Map<Long, Track> byId =
                tracks
                        .findByIds(enrolments.stream()
                                .map(ProgressStore.Enrolment::trackId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Track::id, Function.identity()));
        List<MyTrack> mine = new ArrayList<>();
        for (ProgressStore.Enrolment e : enrolments) {
            Track track = byId.get(e.trackId());
            if (track != null && track.published()) {
                Set<Long> done = progress.done(stepIds(track), memberId);
                mine.add(new MyTrack(
                        summary(track), progressOf(track, new Viewer(memberId, false), done), e.startedAt()));
            }
        }
        return mine;
    }

    /** The member's own proposals that are not published yet. */
    @Transactional(readOnly = true)
    public List<TrackSummary> myProposals(long memberId) {
        return summaries(tracks.findProposalsBy(memberId));
    }

    private ProgressView progressOf(Track track, Viewer viewer, Set<Long> done) {
        int total = track.steps().size();
        if (!viewer.signedIn()) {
            return new ProgressView(false, 0, total, null, null);
        }
        var enrolment = progress.enrolment(track.id(), viewer.id()).orElse(null);
        if (enrolment == null) {
            return new ProgressView(false, 0, total, null, null);
        }
        String token = enrolment.completedAt() == null
                ? null
                : certificates.live(track.id(), viewer.id()).orElse(null);
        return new ProgressView(true, done.size(), total, enrolment.completedAt(), token);
    }

    private static StepLine line(TrackStep step, StepContent content, Set<Long> done) {
        return new StepLine(
                step.position(),
                step.kind(),
                StepResolver.title(step, content),
                step.why(),
                step.prompt(),
                content.available(),
                done.contains(step.id()));
    }

    private static List<Long> stepIds(Track track) {
        return track.steps().stream().map(TrackStep::id).toList();
    }

    List<TrackSummary> summaries(List<Track> found) {
        Map<Long, Long> counts = votes.trackVotes(found.stream().map(Track::id).toList());
        return found.stream()
                .map(t -> summary(t, counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    TrackSummary summary(Track track) {
        return summary(track, votes.trackVotes(List.of(track.id())).getOrDefault(track.id(), 0L));
    }

    static TrackSummary summary(Track t, long votes) {
        return new TrackSummary(
                t.slug(),
                t.title(),
                t.summary(),
                t.skill(),
                t.steps().size(),
                t.sample(),
                votes,
                t.status(),
                t.publishedAt());
    }
}
