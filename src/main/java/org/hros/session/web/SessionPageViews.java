package org.hros.session.web;

import java.time.ZoneId;
import java.util.List;
import org.hros.platform.web.ConfirmView;
import org.hros.session.domain.AttendeeView;
import org.hros.session.domain.LiveSessionView;
import org.hros.session.domain.RsvpState;
import org.hros.session.domain.SessionCard;
import org.hros.session.domain.SessionTimes;
import org.hros.shared.PageView;
import org.hros.shared.Topic;

/** The models of the live sessions' pages. */
public final class SessionPageViews {

    private SessionPageViews() {}

    /**
     * The sessions page: upcoming and past (searchable) sessions, each paged.
     *
     * @param query the words searched for in past sessions, or {@code null}
     * @param hasCalendar whether the signed-in member has a private calendar address
     * @param calendarToken a private calendar token just issued (shown once), or {@code null}
     */
    public record ListPage(
            PageView<SessionCard> upcoming,
            PageView<SessionCard> past,
            Topic topic,
            String query,
            ZoneId zone,
            boolean hasCalendar,
            String calendarToken) {

        public String when(SessionCard card) {
            return SessionTimes.span(card.startsAt(), card.durationMinutes(), zone, java.util.Locale.ENGLISH);
        }

        /** The address of another page of one list, keeping the other list's page and the filters. */
        public String pageLink(boolean ofUpcoming, int page) {
            StringBuilder link = new StringBuilder("/sessions?");
            link.append("page=").append(ofUpcoming ? page : upcoming.page());
            link.append("&past=").append(ofUpcoming ? past.page() : page);
            if (topic != null) {
                link.append("&topic=").append(topic.slug());
            }
            if (query != null) {
                link.append("&q=").append(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
            }
            return link.toString();
        }
    }

    /**
     * One session's page.
     *
     * @param attendees who RSVPed, for editors only; empty for everyone else
     * @param over whether the session has ended
     */
    public record ShowPage(
            LiveSessionView session,
            ZoneId zone,
            RsvpState rsvp,
            List<AttendeeView> attendees,
            boolean over,
            ConfirmView cancel) {

        public String when() {
            return SessionTimes.span(session.startsAt(), session.durationMinutes(), zone, java.util.Locale.ENGLISH);
        }
    }
}
