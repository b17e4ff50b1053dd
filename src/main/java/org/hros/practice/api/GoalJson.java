package org.hros.practice.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalViews;
import org.hros.shared.SubjectType;

/** The JSON shapes of the goals API. */
final class GoalJson {

    private GoalJson() {}

    record Owner(String handle, String name) {}

    record Subject(SubjectType type, long id, String title, String url) {}

    record CheckIn(long id, String note, BigDecimal value, Instant createdAt) {

        static CheckIn of(GoalViews.CheckInView c) {
            return new CheckIn(c.id(), c.note(), c.value(), c.createdAt());
        }
    }

    record Goal(
            long id,
            Owner owner,
            String title,
            String description,
            GoalVisibility visibility,
            String metricUnit,
            BigDecimal metricTarget,
            List<Subject> inspiredBy,
            List<CheckIn> checkIns,
            Instant updatedAt) {

        static Goal of(GoalViews.GoalPage g, String baseUrl) {
            return new Goal(
                    g.id(),
                    new Owner(g.owner().handle(), g.owner().displayName()),
                    g.title(),
                    g.description(),
                    g.visibility(),
                    g.metricUnit(),
                    g.metricTarget(),
                    g.inspiredBy().stream()
                            .map(s -> new Subject(s.ref().type(), s.ref().id(), s.title(), baseUrl + s.path()))
                            .toList(),
                    g.checkIns().stream().map(CheckIn::of).toList(),
                    g.updatedAt());
        }
    }

    record Summary(
            long id,
            String title,
            GoalVisibility visibility,
            String metricUnit,
            BigDecimal metricTarget,
            long checkIns,
            CheckIn latest) {

        static Summary of(GoalViews.GoalSummary g) {
            return new Summary(
                    g.id(),
                    g.title(),
                    g.visibility(),
                    g.metricUnit(),
                    g.metricTarget(),
                    g.checkIns(),
                    g.latest() == null ? null : CheckIn.of(g.latest()));
        }
    }

    /**
     * A goal to create or replace; {@code inspiredBy} holds addresses of cases or requests, e.g. "/cases/12".
     */
    record GoalRequest(
            String title,
            String description,
            GoalVisibility visibility,
            List<String> inspiredBy,
            String metricUnit,
            BigDecimal metricTarget) {}

    record CheckInRequest(String note, BigDecimal value) {}

    record Created(long id) {}
}
