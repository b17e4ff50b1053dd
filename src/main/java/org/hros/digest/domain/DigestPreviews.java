package org.hros.digest.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hros.member.MemberInterests;
import org.springframework.stereotype.Service;

/**
 * What a member's next digest holds so far: their period from the end of their last digest until now, built by
 * the same sections and shown through the same template as the mail.
 */
@Service
public class DigestPreviews {

    private final MemberInterests interests;
    private final DigestPreferences preferences;
    private final DigestPeriods periods;
    private final DigestBuilder builder;
    private final DigestRenderer renderer;
    private final DigestWords words;
    private final Clock clock;

    DigestPreviews(
            MemberInterests interests,
            DigestPreferences preferences,
            DigestPeriods periods,
            DigestBuilder builder,
            DigestRenderer renderer,
            DigestWords words,
            Clock clock) {
        this.interests = interests;
        this.preferences = preferences;
        this.periods = periods;
        this.builder = builder;
        this.renderer = renderer;
        this.words = words;
        this.clock = clock;
    }

    public DigestPreviewView preview(long memberId) {
        Instant now = clock.instant();
        DigestPreference preference = preferences.of(memberId);
        DigestPreference schedule = preference.orWeekly();
        Instant since = DigestPeriods.since(
                periods.lastEnd(memberId).orElse(null),
                schedule,
                schedule.latestSlot(now).orElseThrow(),
                now);
        MemberInterests.Interests chosen = interests.interests(memberId);
        Digest digest = builder.build(List.of(DueDigests.reader(memberId, chosen, since, now, preference.zone())))
                .get(0);
        String next = preference
                .nextSlot(now)
                .map(slot -> words.dayTime(slot, preference.zone()))
                .orElse(null);
        return new DigestPreviewView(
                digest.empty() ? null : renderer.sectionsHtml(digest),
                words.day(since, preference.zone()),
                next,
                preference.zone().getId(),
                chosen.none());
    }

    /**
     * The preview page's model.
     *
     * @param sectionsHtml the mail's sections as rendered for it, or {@code null} when there is nothing new
     * @param since the day the period began, in the member's zone
     * @param nextDigest when the next digest leaves, in the member's zone, or {@code null} when it is off
     * @param noTopics whether the member chose no topics or skills at all
     */
    public record DigestPreviewView(
            String sectionsHtml, String since, String nextDigest, String zone, boolean noTopics) {}
}
