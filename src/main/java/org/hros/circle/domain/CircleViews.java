package org.hros.circle.domain;

import java.time.Instant;
import java.util.List;
import org.hros.circle.CircleRole;
import org.hros.circle.CircleSharedGoals.SharedGoal;

/** What pages and the API get to see of a circle, always for one member of it. */
public final class CircleViews {

    private CircleViews() {}

    /** A circle in "my circles". */
    public record CircleSummary(long id, String name, String purpose, CircleRole myRole, long members, int sizeLimit) {

        public String path() {
            return "/circles/" + id;
        }
    }

    /** The circle's front page. */
    public record CirclePage(
            long id,
            String name,
            String purpose,
            int sizeLimit,
            long memberCount,
            boolean chathamHouse,
            Integer noteRetentionDays,
            CircleRole myRole,
            List<ThreadLine> clinics,
            long clinicCount,
            List<PostView> checkIns,
            List<GoalLine> sharedGoals) {

        public String path() {
            return "/circles/" + id;
        }

        public boolean facilitating() {
            return myRole == CircleRole.FACILITATOR;
        }
    }

    /** A clinic thread in a list: never who opened it. */
    public record ThreadLine(long id, String title, boolean chathamHouse, long posts, Instant lastPostAt) {}

    /** A clinic thread with its posts. */
    public record ThreadPage(
            long circleId, String circleName, long id, String title, boolean chathamHouse, List<PostView> posts) {

        public String path() {
            return "/circles/" + circleId + "/threads/" + id;
        }
    }

    /**
     * One post. Under the Chatham House rule the author's name and handle are {@code null} and nothing else in the
     * view leads to them. {@code mine}: the viewer wrote it (told only to them); {@code hidden}: hidden pending
     * review, which only its author is shown.
     */
    public record PostView(
            long id,
            String authorName,
            String authorHandle,
            String html,
            Instant createdAt,
            boolean mine,
            boolean hidden) {

        public PostView(long id, String authorName, String authorHandle, String html, Instant createdAt) {
            this(id, authorName, authorHandle, html, createdAt, false, false);
        }

        public boolean anonymous() {
            return authorName == null;
        }
    }

    /** A member's goal shared with the circle, with its owner's name. */
    public record GoalLine(SharedGoal goal, String ownerName, String ownerHandle) {}

    /** A member of the circle as the member list shows them. */
    public record MemberLine(long memberId, String displayName, String handle, CircleRole role, Instant joinedAt) {

        public boolean facilitator() {
            return role == CircleRole.FACILITATOR;
        }
    }

    /** The members page: who is in, and for facilitators the open invitations and links. */
    public record MembersPage(
            long circleId,
            String circleName,
            int sizeLimit,
            boolean chathamHouse,
            Integer noteRetentionDays,
            String purpose,
            CircleRole myRole,
            long myId,
            List<MemberLine> members,
            List<OpenInvitation> invitations) {

        public boolean facilitating() {
            return myRole == CircleRole.FACILITATOR;
        }
    }

    /** An open invitation: an e-mail address invited, or a shareable link (whose secret is shown only once). */
    public record OpenInvitation(long id, boolean link, String email, Instant createdAt, Instant expiresAt) {}

    /** What the holder of a valid invitation sees before joining: the name and purpose, nothing more. */
    public record InvitationLanding(String token, String circleName, String purpose, Instant expiresAt) {}
}
