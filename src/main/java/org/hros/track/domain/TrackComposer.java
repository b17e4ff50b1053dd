package org.hros.track.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hros.platform.RateLimits;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.ForbiddenException;
import org.hros.shared.Slugs;
import org.hros.track.StepCommand;
import org.hros.track.TrackCommand;
import org.hros.track.TrackSamples;
import org.hros.track.TrackStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing tracks. Editors create, edit and publish directly. A member proposes a track built from published
 * cases: it stays a draft only they and editors see until they submit it; an editor then publishes it or returns
 * it with a note the proposer sees, and the proposer may change and submit it again.
 */
@Service
public class TrackComposer implements TrackSamples {

    private final TrackRepository tracks;
    private final TrackAccess access;
    private final TrackRules rules;
    private final RateLimits limits;
    private final TrackLearning learning;
    private final Clock clock;

    TrackComposer(
            TrackRepository tracks,
            TrackAccess access,
            TrackRules rules,
            RateLimits limits,
            TrackLearning learning,
            Clock clock) {
        this.tracks = tracks;
        this.access = access;
        this.rules = rules;
        this.limits = limits;
        this.learning = learning;
        this.clock = clock;
    }

    /** Creates a draft (an editor's or a member's proposal); returns its slug. */
    @Transactional
    public String create(TrackDraft draft, Viewer viewer) {
        TrackCommand command = rules.check(draft, viewer.editor());
        limits.consume(RateLimits.Action.POST, "member:" + viewer.id());
        Track track = new Track(uniqueSlug(command.title()), viewer.id(), command, clock.instant());
        return tracks.save(track).slug();
    }

    @Transactional
    public void update(String slug, TrackDraft draft, Viewer viewer) {
        Track track = access.editable(slug, viewer);
        if (track.status() == TrackStatus.SUBMITTED && !viewer.editor()) {
            throw new ConflictException("The track is with the editors.");
        }
        track.change(rules.check(draft, viewer.editor(), track.skill()), clock.instant());
    }

    /** The proposer (or an editor) sends a draft or returned track to the editors. */
    @Transactional
    public void submit(String slug, Viewer viewer) {
        Track track = access.editable(slug, viewer);
        if (track.published()) {
            throw new ConflictException("The track is published already.");
        }
        track.submit(clock.instant());
    }

    @Transactional
    public void publish(String slug, Viewer viewer) {
        Track track = access.visible(slug, viewer);
        editorsOnly(viewer);
        track.publish(clock.instant());
    }

    @Transactional
    public void returnToProposer(String slug, String note, Viewer viewer) {
        Track track = access.visible(slug, viewer);
        editorsOnly(viewer);
        String clean = note == null ? "" : note.strip();
        if (clean.length() < 5 || clean.length() > 2000) {
            throw new FieldErrorsException(List.of(new FieldError("note", "track.review.note.invalid")));
        }
        if (track.published() || track.proposerId() == null) {
            throw new ConflictException("Only a proposal can be returned.");
        }
        track.returnToProposer(clean, clock.instant());
    }

    /** The track as its form shows it, for editing. */
    @Transactional(readOnly = true)
    public TrackDraft draftOf(String slug, Viewer viewer) {
        Track track = access.editable(slug, viewer);
        List<String> kinds = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<String> whys = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        for (TrackStep s : track.steps()) {
            StepCommand c = s.command();
            kinds.add(c.kind().name());
            refs.add(
                    switch (c.kind()) {
                        case CASE -> "case " + c.caseId();
                        case REQUEST -> "request " + c.requestId();
                        case EXERCISE -> c.exerciseSlug();
                        case TEXT -> "";
                    });
            titles.add(c.title() == null ? "" : c.title());
            bodies.add(c.body() == null ? "" : c.body());
            whys.add(c.why());
            prompts.add(c.prompt());
        }
        return new TrackDraft(
                track.title(),
                track.skill().slug(),
                track.summary(),
                String.valueOf(track.sample()),
                kinds,
                refs,
                titles,
                bodies,
                whys,
                prompts);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasTracks() {
        return tracks.count() > 0;
    }

    @Override
    @Transactional
    public String publishSample(long editorId, TrackCommand command) {
        Track track = new Track(uniqueSlug(command.title()), editorId, command, clock.instant());
        track.publish(clock.instant());
        return tracks.save(track).slug();
    }

    @Override
    @Transactional
    public void markDoneSample(String slug, int position, long memberId) {
        learning.markDone(slug, position, memberId);
    }

    private String uniqueSlug(String title) {
        String base = Slugs.slugify(title);
        if (base.length() > 100) {
            base = base.substring(0, 100).replaceAll("-+$", "");
        }
        if (base.isEmpty()
                || java.util.Set.of("new", "mine", "propose", "skills", "case").contains(base)) {
            base = base.isEmpty() || base.equals("case") ? "track" : base + "-track";
        }
        String slug = base;
        for (int n = 2; tracks.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static void editorsOnly(Viewer viewer) {
        if (!viewer.editor()) {
            throw new ForbiddenException("Only editors may review tracks.");
        }
    }
}
