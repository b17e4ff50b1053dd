package org.hros.track.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hros.circle.CircleMemberships;
import org.hros.circle.CircleMemberships.CircleLabel;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.platform.RateLimits;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.PublicSubjects;
import org.hros.shared.SubjectType;
import org.hros.team.TeamMemberships;
import org.hros.track.ShareKind;
import org.hros.track.domain.TrackViews.ReflectionView;
import org.hros.track.domain.TrackViews.SharedReflection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One reflection per member and step, kept private or shared with one circle or one team the member is in. A
 * reflection shared with a circle is shown on the step only to members of that circle, one shared with a team only
 * on that team's dashboard; either only while its writer is still in the circle or team. The writer of an
 * unnamed case never has a reflection on that case's step shown to others: beside their name it would say who
 * wrote the case.
 */
@Service
public class Reflections {

    static final int MAX_LENGTH = 4000;

    private final TrackAccess access;
    private final JdbcClient jdbc;
    private final CircleMemberships circles;
    private final TeamMemberships teams;
    private final MemberDirectory directory;
    private final ObjectProvider<PublicSubjects> subjects;
    private final RateLimits limits;
    private final Clock clock;

    Reflections(
            TrackAccess access,
            JdbcClient jdbc,
            CircleMemberships circles,
            TeamMemberships teams,
            MemberDirectory directory,
            ObjectProvider<PublicSubjects> subjects,
            RateLimits limits,
            Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.circles = circles;
        this.teams = teams;
        this.directory = directory;
        this.subjects = subjects;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Saves the member's reflection on a step; {@code share} is "private", "circle:{id}" of a circle they are in or
     * "team:{id}" of a team they are in.
     */
    @Transactional
    public void save(String slug, int position, long memberId, String text, String share) {
        TrackStep step = TrackLearning.step(access.published(slug), position);
        List<FieldError> errors = new ArrayList<>();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
            errors.add(new FieldError("text", "track.reflection.text.invalid"));
        }
        Share chosen = share(share, memberId);
        if (chosen == null) {
            errors.add(new FieldError("share", "track.reflection.share.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        limits.consume(RateLimits.Action.POST, "member:" + memberId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into track_reflection (step_id, member_id, text, share_kind, share_id, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (step_id, member_id) do update"
                        + " set text = excluded.text, share_kind = excluded.share_kind,"
                        + " share_id = excluded.share_id, updated_at = excluded.updated_at")
                .params(step.id(), memberId, clean, chosen.kind().name(), chosen.id(), now, now)
                .update();
    }

    @Transactional
    public void delete(String slug, int position, long memberId) {
        TrackStep step = TrackLearning.step(access.published(slug), position);
        jdbc.sql("delete from track_reflection where step_id = ? and member_id = ?")
                .params(step.id(), memberId)
                .update();
    }

    Optional<ReflectionView> mine(long stepId, long memberId) {
        return jdbc.sql("select text, share_kind, share_id from track_reflection where step_id = ? and member_id = ?")
                .params(stepId, memberId)
                .query((rs, i) -> new ReflectionView(
                        rs.getString(1), ShareKind.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class)))
                .optional();
    }

    /** Reflections on this step that circle mates shared with a circle the viewer is in. */
    List<SharedReflection> sharedWith(TrackStep step, long viewerId) {
        List<CircleLabel> mine = circles.circlesOf(viewerId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, CircleLabel> names = new java.util.HashMap<>();
        mine.forEach(c -> names.put(c.id(), c));
        record Row(long memberId, long circleId, String text, java.time.Instant updatedAt) {}
        List<Row> rows = jdbc.sql("select member_id, share_id, text, updated_at from track_reflection"
                        + " where step_id = ? and share_kind = 'CIRCLE' and share_id = any(?) and member_id <> ?"
                        + " order by updated_at desc limit 50")
                .params(step.id(), names.keySet().toArray(Long[]::new), viewerId)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        Map<Long, MemberCard> cards =
                directory.cards(rows.stream().map(Row::memberId).distinct().toList());
        List<SharedReflection> shown = new ArrayList<>();
        for (Row r : rows) {
            MemberCard card = cards.get(r.memberId());
            if (card == null || !circles.isMember(r.circleId(), r.memberId()) || writtenUnnamedBy(step, r.memberId())) {
                continue;
            }
            CircleLabel circle = names.get(r.circleId());
            // Under the Chatham House rule what a member shares is never shown with their name.
            shown.add(
                    circle.chathamHouse()
                            ? new SharedReflection(null, null, circle.name(), r.text(), r.updatedAt())
                            : new SharedReflection(
                                    card.displayName(), card.handle(), circle.name(), r.text(), r.updatedAt()));
        }
        return shown;
    }

    private record Share(ShareKind kind, Long id) {}

    /** The audience a form value names, or null when it is not one the member may share with. */
    private Share share(String value, long memberId) {
        if ("private".equals(value)) {
            return new Share(ShareKind.PRIVATE, null);
        }
        for (ShareKind kind : List.of(ShareKind.CIRCLE, ShareKind.TEAM)) {
            String prefix = kind.formPrefix();
            if (value != null && value.startsWith(prefix)) {
                long id;
                try {
                    id = Long.parseLong(value.substring(prefix.length()));
                } catch (NumberFormatException e) {
                    return null;
                }
                boolean member =
                        kind == ShareKind.CIRCLE ? circles.isMember(id, memberId) : teams.isMember(id, memberId);
                return id > 0 && member ? new Share(kind, id) : null;
            }
        }
        return null;
    }

    /** Reflections shared with a team, newest first: one page of rows, whoever wrote them. */
    List<TeamRow> sharedWithTeam(long teamId, int limit, int offset) {
        return jdbc.sql("select r.member_id, r.step_id, s.track_id, r.text, r.updated_at from track_reflection r"
                        + " join track_step s on s.id = r.step_id join track t on t.id = s.track_id"
                        + " where r.share_kind = 'TEAM' and r.share_id = ? and t.status = 'PUBLISHED'"
                        + " order by r.updated_at desc, r.id desc limit ? offset ?")
                .params(teamId, limit, offset)
                .query((rs, i) -> new TeamRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    record TeamRow(long memberId, long stepId, long trackId, String text, java.time.Instant updatedAt) {}

    boolean writtenUnnamedBy(TrackStep step, long memberId) {
        if (step.caseId() == null) {
            return false;
        }
        return subjects.orderedStream()
                .filter(s -> s.type() == SubjectType.CASE)
                .anyMatch(s -> s.speaksAsAuthor(step.caseId(), memberId));
    }
}
