package org.hros.request.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hros.casestudy.CaseCatalog;
import org.hros.request.RequestStatus;
import org.hros.request.SimilarContent;
import org.hros.request.SimilarItem;
import org.hros.shared.SubjectType;
import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda's own look-up of similar requests and cases: PostgreSQL full-text search on requests, and the case
 * library's matching for cases. Any other {@link SimilarContent} bean (the search module's) takes its place.
 */
@Component
@Fallback
class FullTextSimilarContent implements SimilarContent {

    private final JdbcClient jdbc;
    private final CaseCatalog catalog;

    FullTextSimilarContent(JdbcClient jdbc, CaseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SimilarItem> similarTo(String text, int limit) {
        String query = anyWord(text);
        if (query.isEmpty() || limit < 1) {
            return List.of();
        }
        List<SimilarItem> items = new ArrayList<>(jdbc.sql("select r.id, r.title, r.slug, r.status,"
                        + " (select count(*) from request_vote v where v.request_id = r.id) as votes"
                        + " from request r where r.status <> 'CLOSED'"
                        + " and r.search @@ websearch_to_tsquery('english', ?)"
                        + " order by ts_rank(r.search, websearch_to_tsquery('english', ?)) desc, votes desc"
                        + " limit ?")
                .params(query, query, limit)
                .query((rs, i) -> new SimilarItem(
                        SubjectType.REQUEST,
                        rs.getLong("id"),
                        rs.getString("title"),
                        RequestPaths.of(rs.getLong("id"), rs.getString("slug")),
                        RequestStatus.valueOf(rs.getString("status")),
                        rs.getLong("votes")))
                .list());
        catalog.matching(text, limit).stream()
                .map(c -> new SimilarItem(SubjectType.CASE, c.id(), c.title(), c.path(), null, 0))
                .forEach(items::add);
        return items;
    }

    /** The words of {@code text} joined by "or", so that a half-typed title finds what shares any word. */
    static String anyWord(String text) {
        if (text == null) {
            return "";
        }
        return String.join(
                " or ",
                Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> w.length() > 2 && !w.equals("or"))
                        .limit(12)
                        .toList());
    }
}
