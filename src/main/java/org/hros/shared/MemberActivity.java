package org.hros.shared;

/**
 * Implemented by each module where members write (the case library, the agenda, discussions), so that an admin's
 * page about a member can sum up what they did without depending on those modules. Counts only, never content.
 */
public interface MemberActivity {

    /** The message key naming what is counted, e.g. "Cases written". */
    String labelKey();

    long count(long memberId);
}
