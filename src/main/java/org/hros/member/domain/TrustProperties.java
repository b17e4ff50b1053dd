package org.hros.member.domain;

import java.util.Map;
import org.hros.member.TrustLevel;
import org.hros.shared.TrustSignal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Trust levels' thresholds, flag weights and a new member's limits, as {@code hros.trust.*} (see
 * docs/moderation.md).
 *
 * @param member what it takes to become a member: a count per signal
 * @param regular what it takes to become a regular
 * @param flagWeight how much a flag weighs per level
 * @param newLinksPerPost how many links a new member's post may carry
 * @param newMayInvite whether new members may invite others
 */
@ConfigurationProperties("hros.trust")
public record TrustProperties(
        @DefaultValue Map<TrustSignal, Long> member,
        @DefaultValue Map<TrustSignal, Long> regular,
        @DefaultValue Map<TrustLevel, Integer> flagWeight,
        @DefaultValue("2") int newLinksPerPost,
        @DefaultValue("false") boolean newMayInvite) {

    /** What reaching {@code level} asks for each signal (a signal not configured asks nothing). */
    long needed(TrustLevel level, TrustSignal signal) {
        Map<TrustSignal, Long> wanted = level == TrustLevel.REGULAR ? regular : member;
        return level == TrustLevel.NEW ? 0 : Math.max(0, wanted.getOrDefault(signal, 0L));
    }

    int weight(TrustLevel level) {
        return Math.max(1, flagWeight.getOrDefault(level, 1));
    }
}
