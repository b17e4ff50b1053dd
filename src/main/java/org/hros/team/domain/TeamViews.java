package org.hros.team.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hros.team.TeamRole;

/** What pages and the API get to see of a team, always for one member of it. */
public final class TeamViews {

    private TeamViews() {}

    /** A team in "my teams". */
    public record TeamSummary(long id, String name, String purpose, TeamRole myRole, long members) {

        public String path() {
            return "/teams/" + id;
        }
    }

    /** The team's page: who is in it, what it is learning, and the viewer's own progress. */
    public record TeamPage(
            long id,
            String name,
            String purpose,
            TeamRole myRole,
            long myId,
            List<MemberLine> members,
            List<MyAssignment> assignments,
            List<OpenInvitation> invitations,
            boolean trainingAvailable) {

        public String path() {
            return "/teams/" + id;
        }

        public boolean leading() {
            return myRole.leads();
        }

        public boolean theLead() {
            return myRole == TeamRole.LEAD;
        }
    }

    /** A member of the team as its pages show them. */
    public record MemberLine(long memberId, String displayName, String handle, TeamRole role, Instant joinedAt) {}

    /** A track assigned to the team, due at the end of {@code dueOn} (UTC). */
    public record AssignmentLine(long id, String trackSlug, String trackTitle, LocalDate dueOn) {

        public Instant dueAt() {
            return dueOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** Where members follow the track: its public address, the one thing of the track module a team links to. */
        public String trackPath() {
            return "/tracks/" + trackSlug;
        }

        boolean overdueOn(LocalDate today) {
            return today.isAfter(dueOn);
        }
    }

    /**
     * An assignment with the viewer's own progress; {@code progress} is {@code null} when training data is not
     * available.
     */
    public record MyAssignment(AssignmentLine assignment, ProgressCell progress, boolean overdue) {}

    /** Where one member is on one track. */
    public record ProgressCell(int stepsDone, int stepsTotal, String nextStep, Instant completedAt) {

        public boolean completed() {
            return completedAt != null;
        }
    }

    /** An invitation not yet used, revoked or expired, for the leads. */
    public record OpenInvitation(long id, String email, Instant createdAt, Instant expiresAt) {}

    /** What the holder of a valid invitation sees before joining: the name and purpose, nothing more. */
    public record InvitationLanding(String token, String teamName, String purpose, Instant expiresAt) {}
}
