package org.hros.session;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures.Person;

/** Setting the scene for live sessions' tests. */
final class SessionTestSupport {

    private SessionTestSupport() {}

    static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    static String handle(MemberDirectory directory, Person p) {
        return directory.find(p.id()).orElseThrow().handle();
    }

    /** Schedules a session by {@code editor} hosted by {@code host}, starting {@code in} from {@code now}. */
    static long schedule(
            LiveSessions sessions,
            Person editor,
            String hostHandle,
            String title,
            Instant now,
            Duration in,
            int capacity,
            Long requestId) {
        return sessions.schedule(
                editor.id(),
                new LiveSessionCommand(
                        SessionKind.CLINIC,
                        title,
                        "We work through **failed** referral schemes together.",
                        now.plus(in).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                        60,
                        capacity,
                        "https://meet.example/hros",
                        null,
                        requestId,
                        List.of(hostHandle),
                        Set.of(Topic.of("employer-brand"))));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
