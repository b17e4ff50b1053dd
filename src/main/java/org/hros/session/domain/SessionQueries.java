package org.hros.session.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.session.SessionKind;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading live sessions: one session's page, upcoming and past listings (past ones searchable by words in their
 * title, summary and notes, with PostgreSQL's full-text search), never who RSVPed.
 */
@Service
@Transactional(readOnly = true)
public class SessionQueries {

    private static final String CARD_COLUMNS = "s.id, s.title, s.kind, s.starts_at, s.duration_minutes, s.capacity,"
            + " s.topics, (select count(*) from session_rsvp r where r.session_id = s.id and r.status = 'CONFIRMED')"
            + " as confirmed";
    private static final String TEXT =
            "to_tsvector('english', s.title || ' ' || s.summary || ' ' || coalesce(s.notes, ''))";

    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final CaseCatalog cases;
    private final RequestCatalog requests;
    private final Clock clock;

    SessionQueries(JdbcClient jdbc, MemberDirectory members, CaseCatalog cases, RequestCatalog requests, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.cases = cases;
        this.requests = requests;
        this.clock = clock;
    }

    /** Sessions not yet over, soonest first. */
    public PageView<SessionCard> upcoming(Topic topic, int page, int size) {
        return cards(
                "s.starts_at + make_interval(mins => s.duration_minutes) > ?",
                "s.starts_at asc",
                topic,
                null,
                page,
                size);
    }

    /** Sessions that are over, latest first; with words, only those whose title, summary or notes match. */
    public PageView<SessionCard> past(Topic topic, String words, int page, int size) {
        String query = words == null || words.isBlank() ? null : words.strip();
        return cards(
                "s.starts_at + make_interval(mins => s.duration_minutes) <= ?",
                "s.starts_at desc",
                topic,
                query,
                page,
                size);
    }

    private PageView<SessionCard> cards(String when, String order, Topic topic, String words, int page, int size) {
        StringBuilder where = new StringBuilder(" where " + when);
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(clock.instant()));
        if (topic != null) {
            where.append(" and (',' || s.topics || ',') like ?");
            params.add("%," + topic.slug() + ",%");
        }
        if (words != null) {
            where.append(" and " + TEXT + " @@ websearch_to_tsquery('english', ?)");
            params.add(words);
        }
        long total = jdbc.sql("select count(*) from live_session s" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) (page - 1) * size);
        List<SessionCard> items = jdbc.sql("select " + CARD_COLUMNS + " from live_session s" + where + " order by "
                        + order + ", s.id limit ? offset ?")
                .params(pageParams)
                .query(SessionQueries::card)
                .list();
        return new PageView<>(items, page, size, total);
    }

    /** One session's page; 404 when there is none. */
    public LiveSessionView read(long id) {
        return jdbc.sql("select s.*, (select count(*) from session_rsvp r where r.session_id = s.id"
                        + " and r.status = 'CONFIRMED') as confirmed, (select count(*) from session_rsvp r"
                        + " where r.session_id = s.id and r.status = 'WAITING') as waiting"
                        + " from live_session s where s.id = ?")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such session"));
    }

    /** The handles of a session's hosts in their order, for the edit form. */
    public List<String> hostHandles(long id) {
        List<Long> ids = hostIds(id);
        Map<Long, MemberCard> cards = members.cards(ids);
        return ids.stream()
                .filter(cards::containsKey)
                .map(i -> cards.get(i).handle())
                .toList();
    }

    List<Long> hostIds(long id) {
        return jdbc.sql("select member_id from live_session_host where session_id = ? order by position")
                .param(id)
                .query(Long.class)
                .list();
    }

    private LiveSessionView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Long> hostIds = hostIds(id);
        Map<Long, MemberCard> cards = members.cards(hostIds);
        List<MemberCard> hosts =
                hostIds.stream().filter(cards::containsKey).map(cards::get).toList();
        long requestId = rs.getLong("born_from_request_id");
        LiveSessionView.Link bornFrom = rs.wasNull()
                ? null
                : requests.read(requestId).map(SessionQueries::link).orElse(null);
        return new LiveSessionView(
                id,
                SessionKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("summary_html"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("duration_minutes"),
                rs.getInt("capacity"),
                rs.getInt("confirmed"),
                rs.getInt("waiting"),
                rs.getString("place_url"),
                rs.getString("venue"),
                bornFrom,
                hosts,
                topics(rs.getString("topics")),
                rs.getString("recording_url"),
                rs.getString("notes"),
                rs.getString("notes_html"),
                coveredCases(id),
                coveredRequests(id),
                rs.getString("calendar_uid"),
                rs.getInt("calendar_sequence"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Only published cases, by the library's own reader-facing card: its title, never its author. */
    private List<LiveSessionView.Link> coveredCases(long id) {
        List<Long> ids = jdbc.sql("select case_id from live_session_case where session_id = ? order by case_id")
                .param(id)
                .query(Long.class)
                .list();
        return ids.isEmpty()
                ? List.of()
                : cases.cards(ids).stream()
                        .map(c -> new LiveSessionView.Link(c.id(), c.title(), c.path()))
                        .toList();
    }

    private List<LiveSessionView.Link> coveredRequests(long id) {
        List<Long> ids = jdbc.sql(
                        "select request_id from live_session_request where session_id = ? order by request_id")
                .param(id)
                .query(Long.class)
                .list();
        return ids.isEmpty()
                ? List.of()
                : requests.read(ids).stream().map(SessionQueries::link).toList();
    }

    static LiveSessionView.Link link(PublicRequest request) {
        return new LiveSessionView.Link(request.id(), request.title(), request.path());
    }

    static LiveSessionView.Link link(CaseCard card) {
        return new LiveSessionView.Link(card.id(), card.title(), card.path());
    }

    static List<Topic> topics(String joined) {
        return List.copyOf(Vocabulary.parseAll(Topic.class, joined));
    }

    private static SessionCard card(ResultSet rs, int n) throws SQLException {
        return new SessionCard(
                rs.getLong("id"),
                rs.getString("title"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("duration_minutes"),
                rs.getInt("capacity"),
                rs.getInt("confirmed"),
                topics(rs.getString("topics")));
    }

    /** Used by the calendar feeds: sessions starting after {@code since}, soonest first. */
    List<LiveSessionView> startingAfter(Instant since, int limit) {
        List<Long> ids = jdbc.sql("select id from live_session where starts_at > ? order by starts_at limit ?")
                .params(Timestamp.from(since), limit)
                .query(Long.class)
                .list();
        return ids.stream().map(this::read).toList();
    }

    /** The sessions a member has a seat or a waiting place at that start after {@code since}. */
    List<LiveSessionView> attendedBy(long memberId, Instant since, int limit) {
        List<Long> ids = jdbc.sql("select s.id from live_session s join session_rsvp r on r.session_id = s.id"
                        + " where r.member_id = ? and s.starts_at > ? order by s.starts_at limit ?")
                .params(memberId, Timestamp.from(since), limit)
                .query(Long.class)
                .list();
        return ids.stream().map(this::read).toList();
    }
}
