package org.hros.casestudy.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseFeedItem;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseOrder;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.Facets;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.platform.KeptReads;
import org.hros.shared.GoneException;
import org.hros.shared.Industry;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.PublicTimes;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published library, read straight from the current revisions with plain SQL: one query per list and one
 * member look-up per page for the named authors. Facet counts come from the search index ({@link IndexedFacets});
 * only while it cannot answer for the library as it is now are they grouped here, one query per facet.
 */
@Service
@Transactional(readOnly = true)
class CatalogQueries implements CaseCatalog {

    private static final String CURRENT =
            " from case_revision r join case_study c on c.id = r.case_id where r.current and c.withdrawn_at is null and c.hidden_at is null";

    private static final String CARD_COLUMNS = "select r.case_id, r.slug, r.type, r.title, r.outcome, r.excerpt,"
            + " r.size_band, r.industry, r.published_at, c.attribution, c.role_descriptor, c.author_id, c.sample,"
            + " array(select t.topic from case_revision_topic t where t.revision_id = r.id order by t.topic) as topics";

    private final JdbcClient jdbc;
    private final AttributionPolicy attribution;
    private final FacetCache facetCache;
    private final IndexedFacets indexedFacets;
    private final java.time.Clock clock;
    private final CurrentCases current;
    private final KeptReads.Kept<CaseKey, CaseView> cases;
    private final TransactionTemplate readOnly;

    /**
     * The (case, member) pairs whose read this node has recorded: a member opening a case again writes nothing. Only a
     * shortcut; the row itself is written once either way.
     */
    private final Cache<ReadKey, Boolean> readsRecorded =
            Caffeine.newBuilder().maximumSize(100_000).build();

    CatalogQueries(
            JdbcClient jdbc,
            AttributionPolicy attribution,
            FacetCache facetCache,
            IndexedFacets indexedFacets,
            java.time.Clock clock,
            CurrentCases current,
            KeptReads keptReads,
            PlatformTransactionManager transactions) {
        this.current = current;
        this.cases = keptReads.kind("cases");
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.attribution = attribution;
        this.facetCache = facetCache;
        this.indexedFacets = indexedFacets;
        this.clock = clock;
    }

    @Override
    public PageView<CaseCard> browse(CaseFilter filter, int page, int size) {
        return browse(filter, CaseOrder.NEWEST, page, size);
    }

    @Override
    public PageView<CaseCard> browse(CaseFilter filter, CaseOrder order, int page, int size) {
        Where where = Where.of(filter, null);
        long total = jdbc.sql("select count(*)" + CURRENT + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(size);
        params.add((long) (page - 1) * size);
        List<CaseCard> cards = cards(
                CARD_COLUMNS + CURRENT + where.sql + " order by"
                        + (order == CaseOrder.MOST_HELPFUL ? " c.helpful_count desc," : "")
                        + " r.published_at desc, r.case_id desc limit ? offset ?",
                params);
        return new PageView<>(cards, page, size, total);
    }

    @Override
    public List<CaseCard> latest(CaseFilter filter, int limit) {
        Where where = Where.of(filter, null);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        return cards(
                CARD_COLUMNS + CURRENT + where.sql + " order by r.published_at desc, r.case_id desc limit ?", params);
    }

    @Override
    public List<CaseCard> latestOn(
            java.util.Collection<org.hros.shared.Topic> topics,
            java.util.Collection<org.hros.shared.Skill> skills,
            int limit) {
        if (topics.isEmpty() && skills.isEmpty()) {
            return List.of();
        }
        String[] topicSlugs = topics.stream().map(org.hros.shared.Topic::slug).toArray(String[]::new);
        String[] skillSlugs = skills.stream().map(org.hros.shared.Skill::slug).toArray(String[]::new);
        return cards(
                CARD_COLUMNS + CURRENT
                        + " and (exists (select 1 from case_revision_topic t where t.revision_id = r.id"
                        + " and t.topic = any(?)) or exists (select 1 from case_revision_skill s"
                        + " where s.revision_id = r.id and s.skill = any(?)))"
                        + " order by r.published_at desc, r.case_id desc limit ?",
                List.of(topicSlugs, skillSlugs, limit));
    }

    @Override
    public List<CaseFeedItem> feedItems(CaseFilter filter, int limit) {
        List<CaseCard> cards = latest(filter, limit);
        if (cards.isEmpty()) {
            return List.of();
        }
        record Extra(Licence licence, java.time.Instant firstPublishedAt) {}
        Map<Long, Extra> extras = new java.util.HashMap<>();
        jdbc.sql("select r.case_id, r.licence, (select min(f.published_at) from case_revision f where f.case_id ="
                        + " r.case_id) as first_published from case_revision r where r.current and r.case_id = any(?)")
                .param(cards.stream().map(CaseCard::id).toArray(Long[]::new))
                .query((rs, i) -> Map.entry(
                        rs.getLong(1),
                        new Extra(
                                Licence.valueOf(rs.getString(2)),
                                rs.getTimestamp(3).toInstant())))
                .list()
                .forEach(e -> extras.put(e.getKey(), e.getValue()));
        return cards.stream()
                .filter(card -> extras.containsKey(card.id()))
                .map(card -> new CaseFeedItem(
                        card,
                        extras.get(card.id()).licence(),
                        // A case that does not name its author shows its days only, as everywhere else.
                        PublicTimes.shown(
                                extras.get(card.id()).firstPublishedAt(),
                                !card.attribution().named())))
                .toList();
    }

    @Override
    public List<CaseCard> namedCasesBy(long memberId, int limit) {
        return cards(
                CARD_COLUMNS + CURRENT + " and c.author_id = ? and c.attribution = 'NAMED'"
                        + " order by r.published_at desc limit ?",
                List.of(memberId, limit));
    }

    @Override
    public long countPublished() {
        return jdbc.sql("select count(*)" + CURRENT).query(Long.class).single();
    }

    @Override
    public List<CaseCard> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, CaseCard> byId = new java.util.HashMap<>();
        cards(CARD_COLUMNS + CURRENT + " and r.case_id in (" + marks + ")", params)
                .forEach(card -> byId.put(card.id(), card));
        return ids.stream()
                .distinct()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Override
    public List<Long> publishedIds() {
        return jdbc.sql("select r.case_id" + CURRENT + " order by r.case_id")
                .query(Long.class)
                .list();
    }

    @Override
    public Facets facets(CaseFilter filter) {
        return facetCache.get(filter, () -> indexedFacets.count(filter).orElseGet(() -> countFacets(filter)));
    }

    /** The facet counts grouped in SQL over every current revision: what the index is compared with. */
    Facets countFacets(CaseFilter filter) {
        return new Facets(
                count(filter, "type", "r.type", s -> CaseType.valueOf(s), CaseType.class),
                count(filter, "outcome", "r.outcome", Outcome::valueOf, Outcome.class),
                countTagged(filter, "topic", "case_revision_topic", Topic.class),
                countTagged(filter, "skill", "case_revision_skill", Skill.class),
                countWords(filter, "industry", "r.industry", Industry.class),
                countWords(filter, "size", "r.size_band", SizeBand.class),
                countWords(filter, "region", "r.region", Region.class));
    }

    private <E extends Enum<E>> Map<E, Long> count(
            CaseFilter filter, String dimension, String column, Function<String, E> parse, Class<E> type) {
        Where where = Where.of(filter, dimension);
        Map<E, Long> counts = new EnumMap<>(type);
        jdbc.sql("select " + column + " as v, count(*) as n" + CURRENT + where.sql + " and " + column
                        + " is not null group by " + column)
                .params(where.params)
                .query((rs, i) -> Map.entry(parse.apply(rs.getString("v")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private <E extends Vocabulary> Map<E, Long> countWords(
            CaseFilter filter, String dimension, String column, Class<E> type) {
        Where where = Where.of(filter, dimension);
        Map<E, Long> counts = new HashMap<>();
        jdbc.sql("select " + column + " as v, count(*) as n" + CURRENT + where.sql + " and " + column
                        + " is not null group by " + column)
                .params(where.params)
                .query((rs, i) -> Map.entry(rs.getString("v"), rs.getLong("n")))
                .list()
                .forEach(e ->
                        Vocabulary.fromSlug(type, e.getKey()).ifPresent(v -> counts.merge(v, e.getValue(), Long::sum)));
        return inListOrder(type, counts);
    }

    /**
     * Counts of the active words in the admins' order: a retired word is no longer offered as a filter, though its
     * old cases keep it and an address that names it still filters on it.
     */
    private static <E extends Vocabulary> Map<E, Long> inListOrder(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> ordered = new LinkedHashMap<>();
        Vocabulary.active(type).stream().filter(counts::containsKey).forEach(w -> ordered.put(w, counts.get(w)));
        return ordered;
    }

    private <E extends Vocabulary> Map<E, Long> countTagged(
            CaseFilter filter, String dimension, String table, Class<E> type) {
        Where where = Where.of(filter, dimension);
        Map<E, Long> counts = new HashMap<>();
        jdbc.sql("select x." + dimension + " as v, count(*) as n from " + table + " x join case_revision r on r.id ="
                        + " x.revision_id join case_study c on c.id = r.case_id where r.current and c.withdrawn_at is null and c.hidden_at is null"
                        + where.sql + " group by x." + dimension)
                .params(where.params)
                .query((rs, i) -> Map.entry(rs.getString("v"), rs.getLong("n")))
                .list()
                .forEach(e ->
                        Vocabulary.fromSlug(type, e.getKey()).ifPresent(v -> counts.merge(v, e.getValue(), Long::sum)));
        return inListOrder(type, counts);
    }

    /**
     * A case at a revision is the same for every reader until something public changes (a new revision, a withdrawal,
     * a takedown, a change of attribution or of the author's profile), so it is kept until then ({@link KeptReads}).
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseView read(long caseId, Integer revision) {
        return cases.get(new CaseKey(caseId, revision), () -> readOnly.execute(status -> read(caseId, revision, null)));
    }

    @Override
    public List<CaseView> readCurrent(Collection<Long> ids) {
        return current.read(ids);
    }

    @Override
    public Optional<CaseView> readHiddenAsAuthor(long caseId, Integer revision, long memberId) {
        boolean own =
                jdbc.sql("select count(*) from case_study where id = ? and author_id = ? and hidden_at is not null"
                                        + " and withdrawn_at is null and published_revision > 0")
                                .params(caseId, memberId)
                                .query(Long.class)
                                .single()
                        > 0;
        return own ? Optional.of(read(caseId, revision, memberId)) : Optional.empty();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordRead(long caseId, long memberId) {
        ReadKey key = new ReadKey(caseId, memberId);
        if (readsRecorded.getIfPresent(key) != null) {
            return;
        }
        jdbc.sql("insert into case_read (case_id, member_id, read_at) select id, ?, ? from case_study where id = ?"
                        + " and published_revision > 0 on conflict do nothing")
                .params(memberId, java.sql.Timestamp.from(clock.instant()), caseId)
                .update();
        readsRecorded.put(key, Boolean.TRUE);
    }

    private record CaseKey(long caseId, Integer revision) {}

    private record ReadKey(long caseId, long memberId) {}

    /** The case as readers see it; a hidden one only for {@code hiddenFor}, its author. */
    private CaseView read(long caseId, Integer revision, Long hiddenFor) {
        CaseHead head = jdbc.sql(
                        "select c.attribution, c.role_descriptor, c.author_id, c.sample, c.withdrawn_at is not null"
                                + " as withdrawn, c.published_revision, c.hidden_at is not null as hidden"
                                + " from case_study c where c.id = ? and c.published_revision > 0")
                .param(caseId)
                .query((rs, i) -> new CaseHead(
                        AttributionMode.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getInt(6),
                        rs.getBoolean(7)))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such case"));
        if (head.withdrawn) {
            throw new GoneException("This case was withdrawn by its author.");
        }
        // Hidden pending review: missing for everyone but its author, as if it had never been published.
        if (head.hidden && (hiddenFor == null || hiddenFor != head.authorId)) {
            throw new NotFoundException("No such case");
        }
        int number = revision == null ? head.latest : revision;
        // A case that does not name its author tells readers the day it was published, never the moment.
        boolean unnamed = head.mode != AttributionMode.NAMED;
        List<CaseView.RevisionRef> revisions = jdbc.sql(
                        "select revision_no, published_at from case_revision where case_id = ? order by revision_no desc")
                .param(caseId)
                .query((rs, i) -> new CaseView.RevisionRef(
                        rs.getInt(1), PublicTimes.shown(rs.getTimestamp(2).toInstant(), unnamed)))
                .list();
        AttributionView credit = attribution.publicView(head.mode, head.roleDescriptor, head.authorId);
        return jdbc.sql(
                        "select r.id, r.type, r.title, r.slug, r.outcome, r.size_band, r.industry, r.region, r.team_size,"
                                + " r.context_year, r.licence, r.vendor_disclosure, r.published_at from case_revision r"
                                + " where r.case_id = ? and r.revision_no = ?")
                .params(caseId, number)
                .query((rs, i) -> {
                    long revisionId = rs.getLong("id");
                    CaseType type = CaseType.valueOf(rs.getString("type"));
                    return new CaseView(
                            caseId,
                            number,
                            head.latest,
                            type,
                            rs.getString("title"),
                            rs.getString("slug"),
                            Outcome.valueOf(rs.getString("outcome")),
                            sections(revisionId, type),
                            tags(revisionId, "topic", "case_revision_topic", Topic.class),
                            tags(revisionId, "skill", "case_revision_skill", Skill.class),
                            context(rs),
                            Licence.valueOf(rs.getString("licence")),
                            rs.getString("vendor_disclosure"),
                            PublicTimes.shown(rs.getTimestamp("published_at").toInstant(), unnamed),
                            revisions.get(revisions.size() - 1).publishedAt(),
                            credit,
                            head.sample,
                            revisions);
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("No such revision"));
    }

    @Override
    public Optional<String> canonicalSlug(long caseId) {
        return jdbc.sql("select r.slug" + CURRENT + " and r.case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional();
    }

    private List<CaseView.SectionView> sections(long revisionId, CaseType type) {
        Map<String, String> html = new LinkedHashMap<>();
        jdbc.sql("select section, html from case_revision_section where revision_id = ?")
                .param(revisionId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> html.put(e.getKey(), e.getValue()));
        return Section.of(type).stream()
                .filter(s -> html.containsKey(s.key()) && !html.get(s.key()).isBlank())
                .map(s -> new CaseView.SectionView(s, html.get(s.key())))
                .toList();
    }

    private <E extends Vocabulary> List<E> tags(long revisionId, String column, String table, Class<E> type) {
        return jdbc
                .sql("select " + column + " from " + table + " where revision_id = ? order by " + column)
                .param(revisionId)
                .query(String.class)
                .list()
                .stream()
                .flatMap(slug -> Vocabulary.fromSlug(type, slug).stream())
                .toList();
    }

    private List<CaseCard> cards(String sql, List<Object> params) {
        List<CardRow> rows =
                jdbc.sql(sql).params(params).query(CatalogQueries::cardRow).list();
        Map<Long, AttributionView> credits =
                attribution.publicViews(rows.stream().map(CardRow::credit).toList());
        return rows.stream().map(r -> r.card(credits.get(r.card.id()))).toList();
    }

    private static CardRow cardRow(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("case_id");
        CaseCard card = new CaseCard(
                id,
                rs.getString("slug"),
                CaseType.valueOf(rs.getString("type")),
                rs.getString("title"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("excerpt"),
                topics(rs.getArray("topics")),
                Vocabulary.stored(SizeBand.class, rs.getString("size_band")),
                Vocabulary.stored(Industry.class, rs.getString("industry")),
                rs.getTimestamp("published_at").toInstant(),
                null,
                rs.getBoolean("sample"));
        AttributionPolicy.Credit credit = new AttributionPolicy.Credit(
                id,
                AttributionMode.valueOf(rs.getString("attribution")),
                rs.getString("role_descriptor"),
                rs.getLong("author_id"));
        return new CardRow(card, credit);
    }

    private static List<Topic> topics(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        for (Object slug : (Object[]) array.getArray()) {
            Vocabulary.fromSlug(Topic.class, (String) slug).ifPresent(topics::add);
        }
        return topics;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private record CardRow(CaseCard card, AttributionPolicy.Credit credit) {

        CaseCard card(AttributionView view) {
            return new CaseCard(
                    card.id(),
                    card.slug(),
                    card.type(),
                    card.title(),
                    card.outcome(),
                    card.excerpt(),
                    card.topics(),
                    card.sizeBand(),
                    card.industry(),
                    PublicTimes.shown(card.publishedAt(), !view.named()),
                    view,
                    card.sample());
        }
    }

    private record CaseHead(
            AttributionMode mode,
            String roleDescriptor,
            long authorId,
            boolean sample,
            boolean withdrawn,
            int latest,
            boolean hidden) {}

    /** The filter as SQL conditions on {@code r}, leaving out one dimension when counting its facet. */
    private record Where(String sql, List<Object> params) {

        static Where of(CaseFilter f, String except) {
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            if (f.type() != null && !"type".equals(except)) {
                sql.append(" and r.type = ?");
                params.add(f.type().name());
            }
            if (f.outcome() != null && !"outcome".equals(except)) {
                sql.append(" and r.outcome = ?");
                params.add(f.outcome().name());
            }
            if (f.industry() != null && !"industry".equals(except)) {
                sql.append(" and r.industry = ?");
                params.add(f.industry().slug());
            }
            if (f.size() != null && !"size".equals(except)) {
                sql.append(" and r.size_band = ?");
                params.add(f.size().slug());
            }
            if (f.region() != null && !"region".equals(except)) {
                sql.append(" and r.region = ?");
                params.add(f.region().slug());
            }
            if (f.topic() != null && !"topic".equals(except)) {
                sql.append(
                        " and exists (select 1 from case_revision_topic t where t.revision_id = r.id and t.topic = ?)");
                params.add(f.topic().slug());
            }
            if (f.skill() != null && !"skill".equals(except)) {
                sql.append(
                        " and exists (select 1 from case_revision_skill s where s.revision_id = r.id and s.skill = ?)");
                params.add(f.skill().slug());
            }
            return new Where(sql.toString(), params);
        }
    }

    /** A revision's context as its row holds it (columns size_band, industry, region, team_size, context_year). */
    static CaseContext context(ResultSet rs) throws SQLException {
        return new CaseContext(
                Vocabulary.stored(SizeBand.class, rs.getString("size_band")),
                Vocabulary.stored(Industry.class, rs.getString("industry")),
                Vocabulary.stored(Region.class, rs.getString("region")),
                (Integer) rs.getObject("team_size"),
                (Integer) rs.getObject("context_year"));
    }
}
