package org.hros.radar.domain;

import java.util.Optional;

/**
 * The one rule that turns a blip's evidence into a ring. The same rule, in plain words, is on the radar page
 * ({@code radar.rule.*} messages) and in docs/radar.md; change all three together.
 *
 * <ol>
 *   <li>No published case and no open request: not on the radar.
 *   <li>Fewer than {@value #FEW} cases: Assess (the community is asking or has just begun to try).
 *   <li>{@value #FEW_FOR_HOLD} or more cases and failures are more than half of them: Hold.
 *   <li>{@value #MANY} or more cases (or one fewer with {@value #HELPFUL_INSTEAD} or more "this helped"), at
 *       least {@value #ADOPT_SUCCESS_PERCENT}% successes, and at least one case from the last twelve months:
 *       Adopt.
 *   <li>At least as many successes as failures: Trial.
 *   <li>Otherwise: Assess.
 * </ol>
 */
public final class RingRule {

    static final int FEW = 2;
    static final int FEW_FOR_HOLD = 3;
    static final int MANY = 5;
    static final int HELPFUL_INSTEAD = 10;
    static final int ADOPT_SUCCESS_PERCENT = 60;

    private RingRule() {}

    /** The ring this evidence earns, or empty when there is nothing to place. */
    public static Optional<Ring> place(Evidence e) {
        if (e.cases() == 0 && e.openRequests() == 0) {
            return Optional.empty();
        }
        if (e.cases() < FEW) {
            return Optional.of(Ring.ASSESS);
        }
        if (e.cases() >= FEW_FOR_HOLD && e.failures() * 2 > e.cases()) {
            return Optional.of(Ring.HOLD);
        }
        boolean enough = e.cases() >= MANY || (e.cases() == MANY - 1 && e.helpful() >= HELPFUL_INSTEAD);
        boolean mostlySuccess = e.successes() * 100 >= ADOPT_SUCCESS_PERCENT * e.cases();
        if (enough && mostlySuccess && e.recentCases() > 0) {
            return Optional.of(Ring.ADOPT);
        }
        if (e.successes() >= e.failures()) {
            return Optional.of(Ring.TRIAL);
        }
        return Optional.of(Ring.ASSESS);
    }
}
