package org.hros.shared;

/**
 * Implemented by each module that sees a signal of trust (the library counts cases read and reactions to cases, the
 * discussion replies and reactions received), so that the member module can compute trust levels without depending
 * on them. Several beans may count the same signal; their counts add up. Counts only, never content.
 */
public interface TrustEvidence {

    TrustSignal signal();

    long count(long memberId);
}
