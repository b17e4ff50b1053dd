package org.hros.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hros.shared.SubjectRef;

/** Creating goals with a history of check-ins directly, for the demo community. */
public interface PracticeSamples {

    /** Creates a goal; {@code unit} and {@code target} may be {@code null}. Returns its id. */
    long createSample(
            long ownerId,
            String title,
            GoalVisibility visibility,
            String unit,
            BigDecimal target,
            List<SubjectRef> inspiredBy);

    /** A check-in made at {@code at}; {@code value} may be {@code null}. */
    void checkInSample(long goalId, String note, BigDecimal value, Instant at);
}
