package org.hros.exercise;

/** Submissions that pass the built-in exercises, for tests of the modules that react to a pass. */
public final class PassingAttempts {

    /** A careers page that passes "careers-page-accessibility". */
    public static final String CAREERS_PAGE = ExerciseTests.FIXED_PAGE;

    private PassingAttempts() {}
}
