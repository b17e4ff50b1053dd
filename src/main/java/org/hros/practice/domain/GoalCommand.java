package org.hros.practice.domain;

import java.math.BigDecimal;
import java.util.List;
import org.hros.practice.GoalVisibility;
import org.hros.shared.SubjectRef;

/**
 * A goal as its owner sets it, already checked.
 *
 * @param inspiredBy the public cases or requests it links to
 * @param metricUnit what is measured, e.g. "hours to first reply", or {@code null}
 * @param metricTarget the value aimed for, or {@code null}
 */
public record GoalCommand(
        String title,
        String description,
        GoalVisibility visibility,
        List<SubjectRef> inspiredBy,
        String metricUnit,
        BigDecimal metricTarget) {}
