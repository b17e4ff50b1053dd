package org.hros.session.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberTimeZones;
import org.hros.notification.MailChoices;
import org.hros.notification.NoticeCategory;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer;
import org.hros.platform.Mailer.Attachment;
import org.hros.platform.Mailer.MailMessage;
import org.hros.session.SessionSeatTaken;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of live sessions, each with the session as an iCalendar attachment: the seat confirmation (after
 * commit, from the event publication registry, so a crash loses none) and the reminders, which follow the
 * member's choice for {@link NoticeCategory#SESSION_REMINDERS} and carry its one-click unsubscribe link. Times
 * are in the member's own time zone.
 */
@Component
class SessionMails {

    private final SessionQueries queries;
    private final SessionCalendar calendar;
    private final MemberDirectory members;
    private final MemberTimeZones zones;
    private final MailChoices choices;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    SessionMails(
            SessionQueries queries,
            SessionCalendar calendar,
            MemberDirectory members,
            MemberTimeZones zones,
            MailChoices choices,
            Mailer mailer,
            MessageSource messages,
            HrosProperties hrosProperties) {
        this.queries = queries;
        this.calendar = calendar;
        this.members = members;
        this.zones = zones;
        this.choices = choices;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @ApplicationModuleListener
    void on(SessionSeatTaken event) {
        String key = event.fromWaitingList() ? "mail.session.movedUp" : "mail.session.confirmed";
        send(event.sessionId(), event.memberId(), key, null);
    }

    /** Sends a reminder if the member wants them; returns whether one was sent. */
    boolean remind(long sessionId, long memberId, String key) {
        if (!choices.wantsEmail(memberId, NoticeCategory.SESSION_REMINDERS)) {
            return false;
        }
        send(sessionId, memberId, key, choices.unsubscribeUrl(memberId, NoticeCategory.SESSION_REMINDERS));
        return true;
    }

    private void send(long sessionId, long memberId, String key, String unsubscribe) {
        String address = members.contactAddress(memberId).orElse(null);
        if (address == null) {
            return;
        }
        LiveSessionView session = queries.read(sessionId);
        Locale locale = Locale.ENGLISH;
        String when = SessionTimes.span(session.startsAt(), session.durationMinutes(), zones.zoneOf(memberId), locale);
        String place = session.venue() != null ? session.venue() : session.placeUrl();
        String text = t(key + ".text", session.title(), when, place == null ? "" : place, baseUrl + session.path());
        Map<String, String> headers = Map.of();
        if (unsubscribe != null) {
            text = text + "\n\n" + t("mail.session.unsubscribe", unsubscribe);
            headers = Map.of(
                    "List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        byte[] ics = calendar.write(List.of(session), session.title()).getBytes(StandardCharsets.UTF_8);
        mailer.send(new MailMessage(
                address,
                t(key + ".subject", session.title()),
                text,
                null,
                headers,
                List.of(new Attachment("session.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics))));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
