package org.hros.track.domain;

import java.time.Instant;
import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.circle.CircleMemberships.CircleLabel;
import org.hros.request.PublicRequest;
import org.hros.shared.Skill;
import org.hros.team.TeamMemberships.TeamRef;
import org.hros.track.ShareKind;
import org.hros.track.StepKind;
import org.hros.track.TrackSessions;
import org.hros.track.TrackStatus;

/** The read-only views of tracks that pages and the API receive. None names a case's author but its card. */
public final class TrackViews {

    private TrackViews() {}

    public record TrackSummary(
            String slug,
            String title,
            String summary,
            Skill skill,
            int steps,
            boolean sample,
            long votes,
            TrackStatus status,
            Instant publishedAt) {

        public String path() {
            return "/tracks/" + slug;
        }

        public boolean published() {
            return status == TrackStatus.PUBLISHED;
        }
    }

    /** A step in the path: its title as resolved now, or unavailable when its case or request is gone. */
    public record StepLine(
            int position, StepKind kind, String title, String why, String prompt, boolean available, boolean done) {}

    /** What a step shows: exactly one of its parts is set, or none when it is no longer available. */
    public record StepContent(
            CaseCard caseCard,
            PublicRequest request,
            List<CaseCard> answers,
            String bodyHtml,
            String exerciseSlug,
            String exerciseTitle) {

        public boolean available() {
            return caseCard != null || request != null || bodyHtml != null || exerciseSlug != null;
        }

        public String exercisePath() {
            return exerciseSlug == null ? null : "/exercises/" + exerciseSlug;
        }
    }

    public record ProgressView(boolean started, int done, int total, Instant completedAt, String certificateToken) {

        public boolean completed() {
            return completedAt != null;
        }

        public int percent() {
            return total == 0 ? 0 : done * 100 / total;
        }
    }

    public record TrackPage(
            TrackSummary track,
            List<StepLine> steps,
            ProgressView progress,
            List<PublicRequest> needs,
            List<TrackSessions.SessionLink> sessions,
            boolean votedByMe,
            boolean mayEdit,
            boolean proposer,
            String returnNote) {}

    public record ReflectionView(String text, ShareKind shareKind, Long shareId) {}

    /**
     * A circle mate's reflection, shown only to members of the circle it is shared with; without a name (both
     * null) in a circle under the Chatham House rule.
     */
    public record SharedReflection(
            String authorName, String authorHandle, String circleName, String text, Instant updatedAt) {}

    public record StepPage(
            TrackSummary track,
            StepLine step,
            StepContent content,
            int total,
            Integer previous,
            Integer next,
            ProgressView progress,
            ReflectionView mine,
            List<SharedReflection> shared,
            List<CircleLabel> myCircles,
            List<TeamRef> myTeams) {}

    public record MyTrack(TrackSummary track, ProgressView progress, Instant startedAt) {}

    public enum ShownAs {
        NAME,
        HANDLE,
        NOTHING;

        public String messageKey() {
            return "certificate.shownAs." + name();
        }
    }

    /** A certificate as shown: {@code holder} is the name, the handle or null, as the member chose. */
    public record CertificateView(
            String token,
            String trackTitle,
            String trackSlug,
            Skill skill,
            Instant issuedAt,
            String holder,
            ShownAs shownAs,
            boolean hidden,
            boolean mine) {

        public String path() {
            return "/certificates/" + token;
        }
    }
}
