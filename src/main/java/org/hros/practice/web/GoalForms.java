package org.hros.practice.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalViews.GoalPage;

/** The forms of the goal pages. */
public final class GoalForms {

    private GoalForms() {}

    /** A goal as typed: {@code links} holds one address of a case or request per line. */
    public record GoalForm(
            String title,
            String description,
            GoalVisibility visibility,
            String links,
            String metricUnit,
            BigDecimal metricTarget) {

        static GoalForm blank() {
            return new GoalForm("", "", GoalVisibility.MY_CIRCLES, "", "", null);
        }

        static GoalForm of(GoalPage goal) {
            return new GoalForm(
                    goal.title(),
                    goal.description(),
                    goal.visibility(),
                    String.join("\n", goal.linkTexts()),
                    goal.metricUnit(),
                    goal.metricTarget());
        }

        List<String> linkLines() {
            return links == null ? List.of() : Arrays.asList(links.split("\\R"));
        }

        public String target() {
            return metricTarget == null ? "" : metricTarget.stripTrailingZeros().toPlainString();
        }
    }

    /** A check-in: a note and, for a measured goal, the value now. */
    public record CheckInForm(String note, BigDecimal value) {

        public String valueText() {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }

    /** The goal form page: a new goal when {@code goalId} is null. */
    public record GoalFormView(Long goalId, org.hros.platform.web.FormView<GoalForm> form) {

        public String action() {
            return goalId == null ? "/goals" : "/goals/" + goalId;
        }
    }

    /** The goal page with its check-in form. */
    /**
     * A goal's page: the check-in form (its owner's), and the comment form for one check-in when a comment or a
     * reaction came back with an error.
     *
     * @param respondingTo the check-in the {@code responseForm} belongs to, or {@code null}
     */
    public record GoalShowView(
            GoalPage goal,
            org.hros.platform.web.FormView<CheckInForm> form,
            org.hros.platform.web.FormView<CommentForm> responseForm,
            Long respondingTo) {

        public GoalShowView(GoalPage goal, org.hros.platform.web.FormView<CheckInForm> form) {
            this(goal, form, org.hros.platform.web.FormView.clean(new CommentForm("")), null);
        }

        /** The comment form's state for this check-in: its errors and text if it came back, else empty. */
        public org.hros.platform.web.FormView<CommentForm> commentFormFor(long checkInId) {
            return respondingTo != null && respondingTo == checkInId
                    ? responseForm
                    : org.hros.platform.web.FormView.clean(new CommentForm(""));
        }
    }

    /** The page that edits one's own comment. */
    public record CommentEditView(
            long goalId, long checkInId, long commentId, org.hros.platform.web.FormView<CommentForm> form) {}

    /** A comment on a check-in, or its new text. */
    public record CommentForm(String comment) {}

    /** A cheer or a "useful" ({@link org.hros.practice.CheckInReaction} name), given or taken back. */
    public record ReactionForm(String kind) {}
}
