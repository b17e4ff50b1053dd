package org.hros.session.domain;

import java.time.Instant;
import java.util.List;
import org.hros.member.MemberCard;
import org.hros.session.SessionKind;
import org.hros.shared.Topic;

/**
 * A session's page as anyone may read it: hosts, time, place, seats as counts, and afterwards what it covered.
 * Covered cases are titles and links only, never their authors.
 *
 * @param summaryHtml sanitised HTML of the summary
 * @param notesHtml sanitised HTML of the notes, or {@code null}
 * @param bornFrom the request it was born from, or {@code null}
 */
public record LiveSessionView(
        long id,
        SessionKind kind,
        String title,
        String summary,
        String summaryHtml,
        Instant startsAt,
        int durationMinutes,
        int capacity,
        int confirmed,
        int waiting,
        String placeUrl,
        String venue,
        Link bornFrom,
        List<MemberCard> hosts,
        List<Topic> topics,
        String recordingUrl,
        String notes,
        String notesHtml,
        List<Link> cases,
        List<Link> requests,
        String calendarUid,
        int calendarSequence,
        Instant updatedAt) {

    public String path() {
        return "/sessions/" + id;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }

    /** A case or request a session links to, by title only. */
    public record Link(long id, String title, String path) {}
}
