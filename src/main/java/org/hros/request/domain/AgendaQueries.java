package org.hros.request.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.casestudy.CaseCatalog;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.request.CloseReason;
import org.hros.request.OfferKind;
import org.hros.request.RequestStatus;
import org.hros.shared.Industry;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the agenda: the board, a request's page, offers for editors. Plain SQL, one query per list. */
@Service
@Transactional(readOnly = true)
public class AgendaQueries {

    /** Trending counts the votes of this last stretch. */
    public static final Duration TRENDING_WINDOW = Duration.ofDays(14);

    private static final String CARD = "select r.id, r.slug, r.title, r.description_html, r.status, r.topics,"
            + " r.skills, r.created_at, r.author_id,"
            + " (select count(*) from request_vote v where v.request_id = r.id) as votes,"
            + " (select count(*) from request_vote v where v.request_id = r.id and v.created_at >= ?) as recent"
            + " from request r where r.hidden_at is null";

    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final CaseCatalog catalog;
    private final Clock clock;

    AgendaQueries(JdbcClient jdbc, MemberDirectory members, CaseCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** One page of the board for {@code viewerId} (null when signed out; then {@code mine} is ignored). */
    public PageView<RequestCard> board(BoardQuery q, Long viewerId) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (q.status() != null) {
            where.append(" and r.status = ?");
            params.add(q.status().name());
        } else if (q.sort() == BoardQuery.Sort.UNANSWERED) {
            where.append(" and r.status in ('OPEN', 'SOURCING', 'IN_PROGRESS')");
        } else {
            where.append(" and r.status <> 'CLOSED'");
        }
        if (q.topic() != null) {
            where.append(" and ? = any(string_to_array(r.topics, ','))");
            params.add(q.topic().slug());
        }
        if (q.skill() != null) {
            where.append(" and ? = any(string_to_array(r.skills, ','))");
            params.add(q.skill().slug());
        }
        if (q.mine() != null && viewerId != null) {
            String table = q.mine() == BoardQuery.Mine.VOTED ? "request_vote" : "request_follow";
            where.append(" and exists (select 1 from " + table + " m where m.request_id = r.id and m.member_id = ?)");
            params.add(viewerId);
        }
        long total = jdbc.sql("select count(*) from request r where r.hidden_at is null" + where)
                .params(params)
                .query(Long.class)
                .single();
        String order = switch (q.sort()) {
            case NEWEST -> " order by r.created_at desc, r.id desc";
            case TRENDING -> " order by recent desc, votes desc, r.created_at desc, r.id desc";
            case VOTES, UNANSWERED -> " order by votes desc, r.created_at desc, r.id desc";
        };
        List<Object> all = new ArrayList<>();
        all.add(Timestamp.from(clock.instant().minus(TRENDING_WINDOW)));
        all.addAll(params);
        all.add(q.size());
        all.add((long) (q.page() - 1) * q.size());
        List<CardRow> rows = jdbc.sql(CARD + where + order + " limit ? offset ?")
                .params(all)
                .query(AgendaQueries::cardRow)
                .list();
        return new PageView<>(withPosters(rows), q.page(), q.size(), total);
    }

    /** The requests with the most votes that still wait for an answer, for the home page. */
    public List<RequestCard> top(int limit) {
        return board(new BoardQuery(BoardQuery.Sort.UNANSWERED, null, null, null, null, 1, limit), null)
                .items();
    }

    /**
     * A request's page for {@code viewerId} (null when signed out); {@code editor} sees every offer, a member their
     * own only.
     */
    public RequestDetail detail(long id, Long viewerId, boolean editor) {
        Head h = jdbc.sql("select id, slug, title, description_html, status, close_reason, merged_into_id, topics,"
                        + " skills, size_band, industry, created_at, author_id, hidden_at is not null as hidden"
                        + " from request where id = ?")
                .param(id)
                .query((rs, i) -> new Head(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("description_html"),
                        RequestStatus.valueOf(rs.getString("status")),
                        rs.getString("close_reason") == null ? null : CloseReason.valueOf(rs.getString("close_reason")),
                        (Long) rs.getObject("merged_into_id"),
                        rs.getString("topics"),
                        rs.getString("skills"),
                        rs.getString("size_band"),
                        rs.getString("industry"),
                        rs.getTimestamp("created_at"),
                        rs.getLong("author_id"),
                        rs.getBoolean("hidden")))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such request"));
        // Hidden pending review: missing for everyone but its poster, who sees it with a notice why.
        if (h.hidden && (viewerId == null || viewerId != h.authorId)) {
            throw new NotFoundException("No such request");
        }
        long votes = count("select count(*) from request_vote where request_id = ?", id);
        long followers = count("select count(*) from request_follow where request_id = ?", id);
        boolean voted = viewerId != null
                && count("select count(*) from request_vote where request_id = ? and member_id = " + viewerId, id) > 0;
        boolean following = viewerId != null
                && count("select count(*) from request_follow where request_id = ? and member_id = " + viewerId, id)
                        > 0;
        List<StatusChangeView> history = jdbc.sql("select from_status, to_status, close_reason, merged_into_id,"
                        + " changed_at from request_status_change where request_id = ? order by changed_at, id")
                .param(id)
                .query((rs, i) -> new StatusChangeView(
                        rs.getString("from_status") == null ? null : RequestStatus.valueOf(rs.getString("from_status")),
                        RequestStatus.valueOf(rs.getString("to_status")),
                        rs.getString("close_reason") == null ? null : CloseReason.valueOf(rs.getString("close_reason")),
                        (Long) rs.getObject("merged_into_id"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
        List<Long> caseIds = jdbc.sql("select case_id from request_case where request_id = ?")
                .param(id)
                .query(Long.class)
                .list();
        List<OfferView> offers = editor ? offers(" where o.request_id = ?", id) : List.of();
        if (!editor && viewerId != null) {
            offers = offers(" where o.request_id = ? and o.member_id = " + viewerId, id);
        }
        return new RequestDetail(
                h.id,
                h.slug,
                h.title,
                h.html,
                h.status,
                h.reason,
                h.mergedInto,
                List.copyOf(Vocabulary.parseAll(Topic.class, h.topics)),
                List.copyOf(Vocabulary.parseAll(Skill.class, h.skills)),
                h.sizeBand == null ? null : Vocabulary.stored(SizeBand.class, h.sizeBand),
                h.industry == null ? null : Vocabulary.stored(Industry.class, h.industry),
                h.createdAt.toInstant(),
                members.find(h.authorId).orElse(null),
                votes,
                followers,
                history,
                catalog.cards(caseIds),
                voted,
                following,
                offers,
                h.hidden);
    }

    /** The poster's own request as they wrote it, for editing; absent for anyone else. */
    public Optional<RequestDraft> draftOf(long id, long memberId) {
        return jdbc.sql("select title, description_markdown, topics, skills, size_band, industry, status from request"
                        + " where id = ? and author_id = ?")
                .params(id, memberId)
                .query((rs, i) -> new RequestDraft(
                        id,
                        rs.getString("title"),
                        rs.getString("description_markdown"),
                        List.copyOf(Vocabulary.parseAll(Topic.class, rs.getString("topics"))),
                        List.copyOf(Vocabulary.parseAll(Skill.class, rs.getString("skills"))),
                        rs.getString("size_band") == null
                                ? null
                                : Vocabulary.stored(SizeBand.class, rs.getString("size_band")),
                        rs.getString("industry") == null
                                ? null
                                : Vocabulary.stored(Industry.class, rs.getString("industry")),
                        RequestStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /** Whether the request is hidden pending review. */
    public boolean hiddenPendingReview(long id) {
        return count("select count(*) from request where hidden_at is not null and id = ?", id) > 0;
    }

    /** A request's title and page, if it exists. */
    public Optional<TitleAndPath> titleAndPath(long id) {
        return jdbc.sql("select title, slug from request where id = ? and hidden_at is null")
                .param(id)
                .query((rs, i) -> new TitleAndPath(rs.getString(1), RequestPaths.of(id, rs.getString(2))))
                .optional();
    }

    /** The titles and pages of those of these requests that exist, by id, in one query. */
    public Map<Long, TitleAndPath> titlesAndPaths(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, TitleAndPath> found = new HashMap<>();
        jdbc.sql("select id, title, slug from request where id = any(?) and hidden_at is null")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong(1);
                    found.put(id, new TitleAndPath(rs.getString(2), RequestPaths.of(id, rs.getString(3))));
                });
        return found;
    }

    /** Offers that wait for an editor's invitation or the member's answer, newest first, for the triage desk. */
    public List<OfferView> openOffers() {
        return offers(" where o.accepted_at is null and r.status not in ('ANSWERED', 'CLOSED') and o.id > ?", 0L);
    }

    /** One offer, for the member it was made by (an invitation page), or absent. */
    public Optional<OfferView> offerOf(long offerId, long memberId) {
        return offers(" where o.id = ? and o.member_id = " + memberId, offerId).stream()
                .findFirst();
    }

    /** A request's current slug, for permalinks. */
    public Optional<String> slug(long id) {
        return jdbc.sql("select slug from request where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    private List<OfferView> offers(String where, long param) {
        record OfferRow(OfferView view, long memberId) {}
        List<OfferRow> rows = jdbc.sql("select o.id, o.request_id, r.title, r.slug, o.member_id, o.kind, o.note,"
                        + " o.created_at, o.invited_at, o.accepted_at, o.case_id"
                        + " from request_offer o join request r on r.id = o.request_id" + where
                        + " order by o.created_at desc, o.id desc")
                .param(param)
                .query((rs, i) -> new OfferRow(
                        new OfferView(
                                rs.getLong("id"),
                                rs.getLong("request_id"),
                                rs.getString("title"),
                                RequestPaths.of(rs.getLong("request_id"), rs.getString("slug")),
                                null,
                                OfferKind.valueOf(rs.getString("kind")),
                                rs.getString("note"),
                                rs.getTimestamp("created_at").toInstant(),
                                instant(rs.getTimestamp("invited_at")),
                                instant(rs.getTimestamp("accepted_at")),
                                (Long) rs.getObject("case_id")),
                        rs.getLong("member_id")))
                .list();
        Map<Long, MemberCard> cards =
                members.cards(rows.stream().map(OfferRow::memberId).distinct().toList());
        return rows.stream()
                .map(r -> {
                    OfferView v = r.view();
                    return new OfferView(
                            v.id(),
                            v.requestId(),
                            v.requestTitle(),
                            v.requestPath(),
                            cards.get(r.memberId()),
                            v.kind(),
                            v.note(),
                            v.createdAt(),
                            v.invitedAt(),
                            v.acceptedAt(),
                            v.caseId());
                })
                .toList();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private List<RequestCard> withPosters(List<CardRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.authorId));
        Map<Long, MemberCard> cards = members.cards(ids);
        return rows.stream()
                .map(r -> new RequestCard(
                        r.card.id(),
                        r.card.slug(),
                        r.card.title(),
                        r.card.excerpt(),
                        r.card.status(),
                        r.card.topics(),
                        r.card.skills(),
                        r.card.votes(),
                        r.card.recentVotes(),
                        r.card.createdAt(),
                        cards.get(r.authorId)))
                .toList();
    }

    private static CardRow cardRow(ResultSet rs, int i) throws SQLException {
        return new CardRow(
                new RequestCard(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        MarkdownRenderer.toPlainText(rs.getString("description_html"), 220),
                        RequestStatus.valueOf(rs.getString("status")),
                        List.copyOf(Vocabulary.parseAll(Topic.class, rs.getString("topics"))),
                        List.copyOf(Vocabulary.parseAll(Skill.class, rs.getString("skills"))),
                        rs.getLong("votes"),
                        rs.getLong("recent"),
                        rs.getTimestamp("created_at").toInstant(),
                        null),
                rs.getLong("author_id"));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A request's title and the path of its page. */
    public record TitleAndPath(String title, String path) {}

    private record CardRow(RequestCard card, long authorId) {}

    private record Head(
            long id,
            String slug,
            String title,
            String html,
            RequestStatus status,
            CloseReason reason,
            Long mergedInto,
            String topics,
            String skills,
            String sizeBand,
            String industry,
            Timestamp createdAt,
            long authorId,
            boolean hidden) {}
}
