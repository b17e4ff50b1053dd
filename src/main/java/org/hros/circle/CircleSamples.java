package org.hros.circle;

import java.util.List;

/** Creating circles with content directly, for the demo community. Never reachable from a page or the API. */
public interface CircleSamples {

    /** Creates a circle whose first member facilitates it and the others are members; returns its id. */
    long createSample(String name, String purpose, boolean chathamHouse, long facilitatorId, List<Long> memberIds);

    /** Opens a clinic thread with its first post and replies from the given members, in order; returns its id. */
    long clinicSample(long circleId, String title, long authorId, String opening, List<SampleReply> replies);

    /** A check-in by a member. */
    void checkInSample(long circleId, long authorId, String text);

    /** One reply in a sample thread. */
    record SampleReply(long authorId, String markdown) {}
}
