package org.hros.digest;

import java.time.Instant;
import java.util.Optional;

/**
 * A section of the digest, implemented by any module that has news for members. The digest module finds every
 * bean of this type, so a module adds a section without the digest depending on it.
 *
 * <p>Digests are built in batches of members: {@link #prepare} is called once per batch with the whole window the
 * batch covers (load what is new in it once, here), then the returned {@link Batch} is asked once per member, with
 * that member's own period inside the window. Keep the per-member step in memory: 10,000 members must be built well
 * within a minute.
 *
 * <p>Every contributor must keep these rules, because the digest is mailed and nothing in it can be taken back:
 *
 * <ul>
 *   <li>Only what anyone may read publicly: <strong>never circle content, never team content</strong>, nothing
 *       private to another member (offers, drafts, flags).
 *   <li><strong>Never an unnamed author's identity</strong>: no name, handle, address, company or profile link of
 *       whoever wrote a case or reply that does not name them, and no exact time of its publication. The simplest
 *       way, and the house rule, is to name nobody at all: say what an item is about, not who wrote it.
 *   <li>Only news of the member's period: what happened at or after {@link DigestReader#since()} and before
 *       {@link DigestReader#until()}, so that nothing is told twice in two digests.
 *   <li>Answer empty rather than a section without items; the digest leaves it out, and a member with no
 *       section at all gets no mail.
 *   <li>Be quick and side-effect free: the same batch may be built again after a crash, and the preview page
 *       builds it on every view.
 * </ul>
 */
public interface DigestSection {

    /**
     * Where the section goes: lower first. The digest's own sections are 100 (failure stories), 200 (other new
     * cases) and 300 (answered requests); the radar takes 400 (rising topics) and 450 (radar changes), live
     * sessions 500 (upcoming sessions).
     */
    int position();

    /**
     * Whether this section alone makes a digest worth mailing. A section that shows a standing picture rather than
     * the period's news (rising topics) answers {@code false}: it goes along with news, and a member whose digest
     * would hold nothing else gets no mail.
     */
    default boolean standsAlone() {
        return true;
    }

    /** Loads what is new between {@code from} (inclusive) and {@code until} (exclusive) for a batch of members. */
    Batch prepare(Instant from, Instant until);

    /** A section's content for the members of one batch. */
    @FunctionalInterface
    interface Batch {

        /** The section for this member and period, or empty when there is nothing for them. */
        Optional<DigestPart> partFor(DigestReader reader);
    }
}
