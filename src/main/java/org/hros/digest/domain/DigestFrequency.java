package org.hros.digest.domain;

/** How often a member's digest comes. */
public enum DigestFrequency {
    /** Every day at the chosen hour. */
    DAILY,
    /** Every week on the chosen day and hour: the default. */
    WEEKLY,
    /** On the first chosen weekday of each month, at the chosen hour. */
    MONTHLY,
    /** Never. */
    OFF
}
