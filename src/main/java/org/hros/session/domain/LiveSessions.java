package org.hros.session.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hros.casestudy.CaseCatalog;
import org.hros.member.MemberDirectory;
import org.hros.member.PublicProfile;
import org.hros.request.RequestCatalog;
import org.hros.session.SessionScheduled;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.NotFoundException;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors scheduling, changing and wrapping up live sessions. Every change that a calendar shows bumps the
 * session's iCalendar sequence, so calendars that imported it take the new version; a new time also clears the
 * reminders already sent, so members are reminded of the new time.
 */
@Service
public class LiveSessions {

    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final RequestCatalog requests;
    private final CaseCatalog cases;
    private final SessionRsvps rsvps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiveSessions(
            JdbcClient jdbc,
            MemberDirectory members,
            RequestCatalog requests,
            CaseCatalog cases,
            SessionRsvps rsvps,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.members = members;
        this.requests = requests;
        this.cases = cases;
        this.rsvps = rsvps;
        this.clock = clock;
    }

    /** Schedules a session; returns its id. Refuses a start in the past, unknown hosts or an unknown request. */
    @Transactional
    public long schedule(long editorId, LiveSessionCommand command) {
        List<Long> hosts = check(command, true);
        checkTopics(command, Set.of());
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into live_session (kind, title, summary, summary_html, starts_at, duration_minutes,
                            capacity, place_url, venue, born_from_request_id, topics, calendar_uid, created_by,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        command.kind().name(),
                        command.title().strip(),
                        command.summary().strip(),
                        MarkdownRenderer.toSafeHtml(command.summary()),
                        Timestamp.from(command.startsAt()),
                        command.durationMinutes(),
                        command.capacity(),
                        blankToNull(command.placeUrl()),
                        blankToNull(command.venue()),
                        command.bornFromRequestId(),
                        Vocabulary.joinAll(command.topics()),
                        UUID.randomUUID() + "@hros",
                        editorId,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        saveHosts(id, hosts);
        events.publishEvent(new SessionScheduled(id));
        return id;
    }

    /**
     * Changes a session. The capacity may not fall below the seats already taken; a larger one gives the new
     * seats to the waiting list, first come first served.
     */
    @Transactional
    public void change(long id, LiveSessionCommand command) {
        List<Long> hosts = check(command, false);
        Instant before = rsvps.lock(id).startsAt();
        checkTopics(
                command,
                Vocabulary.parseAll(
                        Topic.class,
                        jdbc.sql("select topics from live_session where id = ?")
                                .param(id)
                                .query(String.class)
                                .single()));
        int confirmed = rsvps.confirmedCount(id);
        if (command.capacity() < confirmed) {
            throw new FieldErrorsException(List.of(new FieldError("capacity", "session.capacity.belowTaken")));
        }
        boolean moved = !before.equals(command.startsAt());
        jdbc.sql("""
                        update live_session set kind = ?, title = ?, summary = ?, summary_html = ?, starts_at = ?,
                            duration_minutes = ?, capacity = ?, place_url = ?, venue = ?, born_from_request_id = ?,
                            topics = ?, calendar_sequence = calendar_sequence + 1, updated_at = ?
                         where id = ?""")
                .params(
                        command.kind().name(),
                        command.title().strip(),
                        command.summary().strip(),
                        MarkdownRenderer.toSafeHtml(command.summary()),
                        Timestamp.from(command.startsAt()),
                        command.durationMinutes(),
                        command.capacity(),
                        blankToNull(command.placeUrl()),
                        blankToNull(command.venue()),
                        command.bornFromRequestId(),
                        Vocabulary.joinAll(command.topics()),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
        if (moved) {
            jdbc.sql("update session_rsvp set day_reminder_at = null, hour_reminder_at = null where session_id = ?")
                    .param(id)
                    .update();
        }
        jdbc.sql("delete from live_session_host where session_id = ?").param(id).update();
        saveHosts(id, hosts);
        rsvps.fillFreeSeats(id);
    }

    /** A retired topic the session already had stays when it changes; one newly given is refused. */
    private static void checkTopics(LiveSessionCommand command, Set<Topic> before) {
        if (Vocabulary.addsRetired(command.topics(), before)) {
            throw new FieldErrorsException(List.of(new FieldError("topics", "word.retired")));
        }
    }

    /** Records what happened: the recording, the notes and the cases and requests the session covered. */
    @Transactional
    public void recordAfterwards(long id, AfterwardsCommand command) {
        rsvps.lock(id);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> caseIds = new LinkedHashSet<>(command.caseIds());
        if (!caseIds.isEmpty() && cases.cards(caseIds).size() != caseIds.size()) {
            errors.add(new FieldError("cases", "session.cases.unknown"));
        }
        Set<Long> requestIds = new LinkedHashSet<>(command.requestIds());
        if (!requestIds.isEmpty() && requests.read(requestIds).size() != requestIds.size()) {
            errors.add(new FieldError("requests", "session.requests.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        String notes = blankToNull(command.notes());
        jdbc.sql("""
                        update live_session set recording_url = ?, notes = ?, notes_html = ?,
                            calendar_sequence = calendar_sequence + 1, updated_at = ? where id = ?""")
                .params(
                        blankToNull(command.recordingUrl()),
                        notes,
                        notes == null ? null : MarkdownRenderer.toSafeHtml(notes),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
        jdbc.sql("delete from live_session_case where session_id = ?").param(id).update();
        caseIds.forEach(c -> jdbc.sql("insert into live_session_case (session_id, case_id) values (?, ?)")
                .params(id, c)
                .update());
        jdbc.sql("delete from live_session_request where session_id = ?")
                .param(id)
                .update();
        requestIds.forEach(r -> jdbc.sql("insert into live_session_request (session_id, request_id) values (?, ?)")
                .params(id, r)
                .update());
    }

    private List<Long> check(LiveSessionCommand command, boolean isNew) {
        List<FieldError> errors = new ArrayList<>();
        if (isNew && !command.startsAt().isAfter(clock.instant())) {
            errors.add(new FieldError("startsAt", "session.startsAt.past"));
        }
        if (command.bornFromRequestId() != null
                && requests.read(command.bornFromRequestId()).isEmpty()) {
            errors.add(new FieldError("bornFromRequestId", "session.request.unknown"));
        }
        List<Long> hosts = new ArrayList<>();
        for (String handle : new LinkedHashSet<>(command.hostHandles())) {
            members.publicProfile(handle.strip().replaceFirst("^@", ""))
                    .map(PublicProfile::card)
                    .ifPresentOrElse(card -> hosts.add(card.id()), () -> {
                        if (errors.stream().noneMatch(e -> e.field().equals("hosts"))) {
                            errors.add(new FieldError("hosts", "session.hosts.unknown"));
                        }
                    });
        }
        if (hosts.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("hosts"))) {
            errors.add(new FieldError("hosts", "session.hosts.required"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return hosts;
    }

    private void saveHosts(long id, List<Long> hosts) {
        for (int i = 0; i < hosts.size(); i++) {
            jdbc.sql("insert into live_session_host (session_id, member_id, position) values (?, ?, ?)")
                    .params(id, hosts.get(i), i)
                    .update();
        }
    }

    /** Throws the friendly 404 for a session that does not exist. */
    static NotFoundException missing() {
        return new NotFoundException("No such session");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
