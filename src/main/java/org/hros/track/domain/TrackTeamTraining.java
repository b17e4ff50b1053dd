package org.hros.track.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hros.member.MemberDirectory;
import org.hros.shared.Skill;
import org.hros.team.TeamMemberships;
import org.hros.team.TeamTraining;
import org.hros.track.domain.TrackViews.StepContent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracks as the team module sees them: the published tracks a lead may assign, where each member is on one, and
 * the reflections members shared with the team. Progress is read for all members at once, whatever the team's
 * size; a step is titled as the track's page titles it.
 */
@Component
class TrackTeamTraining implements TeamTraining {

    private final JdbcClient jdbc;
    private final TrackRepository tracks;
    private final ProgressStore progress;
    private final StepResolver resolver;
    private final Reflections reflections;
    private final TeamMemberships teams;
    private final MemberDirectory directory;
    private final MessageSource messages;

    TrackTeamTraining(
            JdbcClient jdbc,
            TrackRepository tracks,
            ProgressStore progress,
            StepResolver resolver,
            Reflections reflections,
            TeamMemberships teams,
            MemberDirectory directory,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.tracks = tracks;
        this.progress = progress;
        this.resolver = resolver;
        this.reflections = reflections;
        this.teams = teams;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssignableTrack> assignableTracks() {
        return assignable(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssignableTrack> track(String slug) {
        return slug == null ? Optional.empty() : assignable(slug).stream().findFirst();
    }

    private List<AssignableTrack> assignable(String slug) {
        return jdbc.sql("select t.slug, t.title, t.skill, (select count(*) from track_step s where s.track_id = t.id)"
                        + " from track t where t.status = 'PUBLISHED' and (cast(? as text) is null or t.slug = ?)"
                        + " order by lower(t.title), t.slug")
                .params(slug, slug)
                .query((rs, i) -> new AssignableTrack(
                        rs.getString(1), rs.getString(2), label(Skill.of(rs.getString(3))), rs.getInt(4)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberProgress> progress(String trackSlug, Collection<Long> memberIds) {
        Track track = trackSlug == null
                ? null
                : tracks.findBySlug(trackSlug).filter(Track::published).orElse(null);
        if (track == null || memberIds.isEmpty()) {
            return List.of();
        }
        Set<Long> known = directory.cards(memberIds).keySet();
        List<TrackStep> steps = track.steps();
        List<String> titles = titles(steps);
        Map<Long, ProgressStore.Enrolment> enrolments = progress.enrolments(track.id(), known);
        Map<Long, Map<Long, Instant>> done =
                progress.doneAt(steps.stream().map(TrackStep::id).toList(), known);
        List<MemberProgress> result = new ArrayList<>();
        for (long memberId : new java.util.LinkedHashSet<>(memberIds)) {
            if (!known.contains(memberId)) {
                continue;
            }
            Map<Long, Instant> mine = done.getOrDefault(memberId, Map.of());
            List<StepProgress> lines = new ArrayList<>();
            String next = null;
            for (int i = 0; i < steps.size(); i++) {
                Instant at = mine.get(steps.get(i).id());
                lines.add(new StepProgress(steps.get(i).position(), titles.get(i), at));
                if (at == null && next == null) {
                    next = titles.get(i);
                }
            }
            ProgressStore.Enrolment enrolment = enrolments.get(memberId);
            result.add(new MemberProgress(
                    memberId,
                    track.slug(),
                    mine.size(),
                    steps.size(),
                    enrolment == null ? null : enrolment.completedAt(),
                    next,
                    List.copyOf(lines)));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SharedReflection> reflectionsSharedWith(long teamId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Rows of writers who left the team, or who wrote the step's case unnamed, are skipped; read on until enough.
        int page = Math.max(limit, 20);
        Map<Long, Boolean> stillIn = new HashMap<>();
        List<Reflections.TeamRow> kept = new ArrayList<>();
        Map<Long, Track> byId = new HashMap<>();
        for (int offset = 0; kept.size() < limit; offset += page) {
            List<Reflections.TeamRow> rows = reflections.sharedWithTeam(teamId, page, offset);
            List<Long> missing = rows.stream()
                    .map(Reflections.TeamRow::trackId)
                    .filter(id -> !byId.containsKey(id))
                    .distinct()
                    .toList();
            if (!missing.isEmpty()) {
                byId.putAll(tracks.findWithStepsByIds(missing).stream()
                        .collect(Collectors.toMap(Track::id, Function.identity())));
            }
            for (Reflections.TeamRow r : rows) {
                TrackStep step = stepOf(byId.get(r.trackId()), r.stepId());
                if (kept.size() < limit
                        && step != null
                        && stillIn.computeIfAbsent(r.memberId(), m -> teams.isMember(teamId, m))
                        && !reflections.writtenUnnamedBy(step, r.memberId())) {
                    kept.add(r);
                }
            }
            if (rows.size() < page) {
                break;
            }
        }
        Map<Long, TrackStep> steps = new LinkedHashMap<>();
        kept.forEach(r -> steps.putIfAbsent(r.stepId(), stepOf(byId.get(r.trackId()), r.stepId())));
        List<TrackStep> distinct = List.copyOf(steps.values());
        List<String> titles = titles(distinct);
        Map<Long, String> titleById = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            titleById.put(distinct.get(i).id(), titles.get(i));
        }
        return kept.stream()
                .map(r -> new SharedReflection(
                        r.memberId(), byId.get(r.trackId()).slug(), titleById.get(r.stepId()), r.text(), r.updatedAt()))
                .toList();
    }

    private static TrackStep stepOf(Track track, long stepId) {
        if (track == null) {
            return null;
        }
        return track.steps().stream().filter(s -> s.id() == stepId).findFirst().orElse(null);
    }

    /** Each step's title as the track's page shows it; only case and request steps are looked up, together. */
    private List<String> titles(List<TrackStep> steps) {
        List<StepContent> contents = resolver.contents(steps, false);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            TrackStep step = steps.get(i);
            String title = step.title() != null ? step.title() : StepResolver.title(step, contents.get(i));
            titles.add(title != null ? title : text("track.step.unavailable"));
        }
        return titles;
    }

    private String label(Skill skill) {
        return messages.getMessage(skill.messageKey(), null, skill.slug(), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
