package org.hros.session.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hros.digest.DigestItem;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestReader;
import org.hros.digest.DigestSection;
import org.hros.session.SessionKind;
import org.hros.shared.Topic;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The digest's "Upcoming sessions": live sessions not yet begun when the digest leaves that were announced in the
 * reader's period (and start within {@link #AHEAD}), or that start before the next digest (within one period of
 * this one's end). Only those whose topics meet the reader's, and every session born from a community request,
 * since the community asked for it. Soonest first, the start in the reader's own zone with the zone named.
 * Sessions are public; hosts and attendees are never named here.
 */
@Component
class UpcomingSessionsSection implements DigestSection {

    /** How far ahead an announced session may start and still be in the digest. */
    static final Duration AHEAD = Duration.ofDays(56);

    static final int MAX_ITEMS = 8;

    /** At most this many sessions are loaded for one window; a few hundred happen in a year. */
    static final int WINDOW_LIMIT = 2_000;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    UpcomingSessionsSection(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int position() {
        return 500;
    }

    @Override
    public Batch prepare(Instant from, Instant until) {
        List<Upcoming> sessions = jdbc.sql("select id, title, kind, starts_at, duration_minutes, topics, created_at,"
                        + " born_from_request_id is not null as from_request from live_session"
                        + " where starts_at >= ? and starts_at < ? order by starts_at, id limit ?")
                .params(Timestamp.from(from), Timestamp.from(until.plus(AHEAD)), WINDOW_LIMIT)
                .query((rs, n) -> new Upcoming(
                        rs.getLong("id"),
                        rs.getString("title"),
                        SessionKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getInt("duration_minutes"),
                        SessionQueries.topics(rs.getString("topics")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("from_request")))
                .list();
        if (sessions.isEmpty()) {
            return reader -> Optional.empty();
        }
        String title = t("session.digest.title");
        return reader -> {
            List<DigestItem> items = sessions.stream()
                    .filter(s -> s.due(reader) && s.concerns(reader))
                    .limit(MAX_ITEMS)
                    .map(s -> item(s, reader))
                    .toList();
            return items.isEmpty() ? Optional.empty() : Optional.of(new DigestPart(title, items));
        };
    }

    private DigestItem item(Upcoming session, DigestReader reader) {
        String when = SessionTimes.span(session.startsAt(), session.minutes(), reader.zone(), Locale.ENGLISH);
        String topics =
                session.topics().stream().map(topic -> t(topic.messageKey())).collect(Collectors.joining(", "));
        String summary = t("session.digest.summary", t(session.kind().messageKey()), when)
                + (topics.isEmpty() ? "" : " · " + topics)
                + (session.fromRequest() ? " · " + t("session.digest.fromRequest") : "");
        return new DigestItem(session.title(), "/sessions/" + session.id(), summary);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private record Upcoming(
            long id,
            String title,
            SessionKind kind,
            Instant startsAt,
            int minutes,
            List<Topic> topics,
            Instant createdAt,
            boolean fromRequest) {

        /** Not begun when the digest leaves; announced in its period, or starting before the next one. */
        boolean due(DigestReader reader) {
            if (startsAt.isBefore(reader.until())) {
                return false;
            }
            Duration period = Duration.between(reader.since(), reader.until());
            boolean announced =
                    reader.covers(createdAt) && startsAt.isBefore(reader.until().plus(AHEAD));
            boolean soon = startsAt.isBefore(reader.until().plus(period));
            return announced || soon;
        }

        boolean concerns(DigestReader reader) {
            return fromRequest || !Collections.disjoint(topics, reader.topics());
        }
    }
}
