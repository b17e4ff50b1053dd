package org.hros.session.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.hros.platform.HrosProperties;
import org.hros.shared.MarkdownRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions as iCalendar (RFC 5545) documents, written by ical4j: one per session for the download and the
 * RSVP mail, the public calendar of upcoming sessions, and a member's private one. Each session keeps one UID for
 * its whole life and its SEQUENCE grows with each change, so calendars update the event rather than add another;
 * times are in UTC, which every calendar turns into its reader's own zone. The text holds the session's title,
 * summary, place and link, never who is coming.
 */
@Service
@Transactional(readOnly = true)
public class SessionCalendar {

    /** How many sessions a calendar feed holds: plenty for months ahead. */
    static final int FEED_SIZE = 200;

    private final SessionQueries queries;
    private final CalendarTokens tokens;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    SessionCalendar(
            SessionQueries queries,
            CalendarTokens tokens,
            MessageSource messages,
            Clock clock,
            HrosProperties hrosProperties) {
        this.queries = queries;
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = hrosProperties.baseUrl();
    }

    /** The session on its own, to add to a calendar. */
    public String session(long id) {
        return write(List.of(queries.read(id)), t("session.ics.one"));
    }

    /** Upcoming sessions (and those of the past week), for anyone to subscribe to. */
    public String upcoming() {
        return write(
                queries.startingAfter(clock.instant().minus(java.time.Duration.ofDays(7)), FEED_SIZE),
                t("session.ics.all"));
    }

    /** A member's own sessions, by their private token; 404 for a token that is not (or no longer) valid. */
    public String mine(String token) {
        long memberId = tokens.memberOf(token).orElseThrow(LiveSessions::missing);
        return write(
                queries.attendedBy(memberId, clock.instant().minus(java.time.Duration.ofDays(7)), FEED_SIZE),
                t("session.ics.mine"));
    }

    String write(List<LiveSessionView> sessions, String name) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//HROS//Live sessions//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new Method("PUBLISH"))
                .add(new XProperty("X-WR-CALNAME", name));
        for (LiveSessionView session : sessions) {
            calendar.add(event(session));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Could not write the calendar", e);
        }
        return out.toString();
    }

    private VEvent event(LiveSessionView session) {
        String link = baseUrl + session.path();
        StringBuilder description = new StringBuilder(MarkdownRenderer.toPlainText(session.summaryHtml(), 2000));
        if (session.placeUrl() != null) {
            description.append("\n\n").append(t("session.ics.join", session.placeUrl()));
        }
        description.append("\n\n").append(link);
        VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.title());
        event.add(new Uid(session.calendarUid()));
        event.add(new Sequence(session.calendarSequence()));
        event.add(new DtStamp(clock.instant()));
        event.add(new LastModified(session.updatedAt()));
        event.add(new Url(URI.create(link)));
        event.add(new Description(description.toString()));
        String place = session.venue() != null ? session.venue() : session.placeUrl();
        if (place != null) {
            event.add(new Location(place));
        }
        return event;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
