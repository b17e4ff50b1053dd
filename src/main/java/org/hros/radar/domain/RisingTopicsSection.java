package org.hros.radar.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hros.digest.DigestItem;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestReader;
import org.hros.digest.DigestSection;
import org.hros.radar.domain.TrendQueries.Rising;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The digest's "Rising topics": the topics and skills whose activity rose over the last four weeks, as the trends job
 * stored them ({@code trend_window}). The reader's own topics and skills first; a reader none of whose is rising sees
 * the few rising most across HROS instead. Counts only: nobody is named, nothing from a circle or team is counted.
 *
 * <p>It is a standing picture, not news of the period, so it never makes a digest on its own, and it comes once a
 * week: in the digest whose period takes in the start of a week (Monday 00:00 UTC). Every weekly or monthly digest
 * has it; of daily ones, one a week.
 */
@Component
class RisingTopicsSection implements DigestSection {

    static final int MAX_OWN = 5;
    static final int MAX_GENERAL = 3;

    private final TrendQueries trends;
    private final MessageSource messages;

    RisingTopicsSection(TrendQueries trends, MessageSource messages) {
        this.trends = trends;
        this.messages = messages;
    }

    @Override
    public int position() {
        return 400;
    }

    @Override
    public boolean standsAlone() {
        return false;
    }

    @Override
    public Batch prepare(Instant from, Instant until) {
        List<Candidate> rising = trends.risingOverFourWeeks().stream()
                .map(r -> new Candidate(r, item(r)))
                .toList();
        if (rising.isEmpty()) {
            return reader -> Optional.empty();
        }
        String yours = t("radar.digest.rising.yours");
        String everyone = t("radar.digest.rising.everyone");
        List<DigestItem> general =
                rising.stream().limit(MAX_GENERAL).map(Candidate::item).toList();
        return reader -> {
            if (!takesInAWeekStart(reader)) {
                return Optional.empty();
            }
            List<DigestItem> own = rising.stream()
                    .filter(c -> c.concerns(reader))
                    .limit(MAX_OWN)
                    .map(Candidate::item)
                    .toList();
            return Optional.of(own.isEmpty() ? new DigestPart(everyone, general) : new DigestPart(yours, own));
        };
    }

    /** Whether the reader's period takes in a Monday 00:00 UTC, so that the trends come once a week. */
    static boolean takesInAWeekStart(DigestReader reader) {
        LocalDate day = reader.since().atZone(ZoneOffset.UTC).toLocalDate();
        Instant monday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        if (monday.isBefore(reader.since())) {
            monday = monday.plus(java.time.Duration.ofDays(7));
        }
        return reader.covers(monday);
    }

    private DigestItem item(Rising rising) {
        return new DigestItem(
                t(rising.messageKey()),
                "/trends#" + rising.kind() + "-" + rising.slug(),
                t(
                        "radar.digest.rising.summary",
                        t("radar.blip.kind." + rising.kind()),
                        rising.activity(),
                        rising.before()));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private record Candidate(Rising rising, DigestItem item) {

        boolean concerns(DigestReader reader) {
            return switch (rising.kind()) {
                case "topic" -> reader.topics().stream().map(Topic::slug).anyMatch(rising.slug()::equals);
                case "skill" -> reader.skills().stream().map(Skill::slug).anyMatch(rising.slug()::equals);
                default -> false;
            };
        }
    }
}
