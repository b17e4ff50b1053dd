package org.hros.member;

import java.util.List;
import org.hros.shared.TrustSignal;

/**
 * A member's trust level as they see it: where they stand, and what lifts them to the next level.
 *
 * @param byHand whether an editor or admin set the level, which the computation then leaves alone
 * @param next the level above, or {@code null} at the top
 * @param progress each signal towards {@code next}: what the member has and what it takes (empty at the top)
 * @param linksPerPost how many links a post may carry at this level ({@code -1}: no limit)
 * @param postsPerDay how many posts a day a new member may make
 * @param mayInvite whether this level may invite others
 * @param flagWeight how much this member's flag weighs
 */
public record TrustStanding(
        TrustLevel level,
        boolean byHand,
        TrustLevel next,
        List<Progress> progress,
        int linksPerPost,
        int postsPerDay,
        boolean mayInvite,
        int flagWeight) {

    /** One signal: what the member has and what the next level asks. */
    public record Progress(TrustSignal signal, long have, long needed) {

        public boolean met() {
            return have >= needed;
        }
    }
}
