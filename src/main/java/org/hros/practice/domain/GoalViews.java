package org.hros.practice.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.member.MemberCard;
import org.hros.practice.GoalVisibility;
import org.hros.shared.SubjectInfo;

/** What pages and the API see of goals: always already filtered to what the viewer may see. */
public final class GoalViews {

    private GoalViews() {}

    /** One check-in; {@code value} is {@code null} when none was recorded. */
    public record CheckInView(long id, String note, BigDecimal value, Instant createdAt) {}

    /** A goal with everything its page shows. */
    public record GoalPage(
            long id,
            MemberCard owner,
            boolean mine,
            String title,
            String description,
            GoalVisibility visibility,
            String metricUnit,
            BigDecimal metricTarget,
            List<SubjectInfo> inspiredBy,
            List<SubjectInfo> privateLinks,
            List<String> linkTexts,
            List<CheckInView> checkIns,
            Instant updatedAt,
            boolean signedIn,
            Map<Long, ResponsesView> responses) {

        /** What was said to this check-in. */
        public ResponsesView responsesTo(long checkInId) {
            return responses.getOrDefault(checkInId, ResponsesView.NONE);
        }

        /** Whether the viewer may cheer or mark useful: a signed-in member who can see it, not its owner. */
        public boolean mayReact() {
            return signedIn && !mine;
        }

        public String path() {
            return "/goals/" + id;
        }

        public boolean measured() {
            return metricUnit != null;
        }

        /** Check-ins newest first, for the list under the chart. */
        public List<CheckInView> newestFirst() {
            List<CheckInView> copy = new java.util.ArrayList<>(checkIns);
            java.util.Collections.reverse(copy);
            return copy;
        }

        public List<CheckInView> measuredCheckIns() {
            return checkIns.stream().filter(c -> c.value() != null).toList();
        }
    }

    /**
     * What those who can see a goal said to one of its check-ins.
     *
     * @param cheered whether the viewer cheered it
     * @param foundUseful whether the viewer marked it useful
     */
    public record ResponsesView(
            long cheers, long useful, boolean cheered, boolean foundUseful, List<CommentView> comments) {

        public static final ResponsesView NONE = new ResponsesView(0, 0, false, false, List.of());
    }

    /**
     * A comment on a check-in, as sanitised HTML; {@code markdown} is what its writer typed, for their edit form.
     *
     * @param mine whether the viewer wrote it, and so may edit or delete it
     */
    public record CommentView(
            long id,
            MemberCard writer,
            String markdown,
            String html,
            Instant createdAt,
            boolean edited,
            boolean mine) {}

    /** A goal in a list, with its newest check-in. */
    public record GoalSummary(
            long id,
            String title,
            GoalVisibility visibility,
            String metricUnit,
            BigDecimal metricTarget,
            long checkIns,
            CheckInView latest) {

        public String path() {
            return "/goals/" + id;
        }
    }

    /** A member's progress page: their goals the viewer may see. */
    public record ProgressPage(MemberCard member, boolean mine, List<GoalSummary> goals) {}
}
