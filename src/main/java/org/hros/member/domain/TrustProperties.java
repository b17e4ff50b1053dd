package org.hros.member.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.hros.member.TrustLevel;
import org.hros.shared.TrustSignal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Trust levels' thresholds, flag weights and a new member's limits, as {@code hros.trust.*} (see
 * docs/moderation.md). An entry given for a map replaces that entry of its default, the others stay.
 *
 * @param member what it takes to become a member: a count per signal (by default 3 days visited, 5 cases read)
 * @param regular what it takes to become a regular (by default 15 days visited, 30 cases read, 5 replies received, 10
 *     reactions received)
 * @param flagWeight how much a flag weighs per level (by default new 1, member 2, regular 3)
 * @param newLinksPerPost how many links a new member's post may carry
 * @param newMayInvite whether new members may invite others
 * @param recomputeInterval how often every member's trust level is recomputed
 */
@ConfigurationProperties("hros.trust")
@Validated
public record TrustProperties(
        @DefaultValue Map<TrustSignal, Long> member,
        @DefaultValue Map<TrustSignal, Long> regular,
        @DefaultValue Map<TrustLevel, Integer> flagWeight,
        @DefaultValue("2") @PositiveOrZero int newLinksPerPost,
        @DefaultValue("false") boolean newMayInvite,
        @DefaultValue("1h") @NotNull Duration recomputeInterval) {

    public TrustProperties {
        member = withDefaults(member, Map.of(TrustSignal.DAYS_VISITED, 3L, TrustSignal.CASES_READ, 5L));
        regular = withDefaults(
                regular,
                Map.of(
                        TrustSignal.DAYS_VISITED, 15L,
                        TrustSignal.CASES_READ, 30L,
                        TrustSignal.REPLIES_RECEIVED, 5L,
                        TrustSignal.REACTIONS_RECEIVED, 10L));
        flagWeight = withDefaults(flagWeight, Map.of(TrustLevel.NEW, 1, TrustLevel.MEMBER, 2, TrustLevel.REGULAR, 3));
    }

    private static <K extends Enum<K>, V> Map<K, V> withDefaults(Map<K, V> given, Map<K, V> defaults) {
        Map<K, V> merged = new EnumMap<>(defaults);
        if (given != null) {
            merged.putAll(given);
        }
        return Map.copyOf(merged);
    }

    /** What reaching {@code level} asks for each signal (a signal not configured asks nothing). */
    long needed(TrustLevel level, TrustSignal signal) {
        Map<TrustSignal, Long> wanted = level == TrustLevel.REGULAR ? regular : member;
        return level == TrustLevel.NEW ? 0 : Math.max(0, wanted.getOrDefault(signal, 0L));
    }

    int weight(TrustLevel level) {
        return Math.max(1, flagWeight.getOrDefault(level, 1));
    }
}
