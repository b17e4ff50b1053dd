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
    public record GoalShowView(GoalPage goal, org.hros.platform.web.FormView<CheckInForm> form) {}
}
