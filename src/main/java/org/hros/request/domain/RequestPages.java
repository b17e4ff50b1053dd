package org.hros.request.domain;

import java.time.ZoneOffset;
import java.util.List;
import org.hros.shared.PublicPages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Requests for the sitemap: every request on the board, except duplicates merged into another (they redirect). */
@Component
@Transactional(readOnly = true)
class RequestPages implements PublicPages {

    private final JdbcClient jdbc;

    RequestPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublicPage> publicPages() {
        return jdbc.sql(
                        "select id, slug, updated_at from request where merged_into_id is null and hidden_at is null order by id")
                .query((rs, i) -> new PublicPage(
                        RequestPaths.of(rs.getLong(1), rs.getString(2)),
                        rs.getTimestamp(3).toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .list();
    }
}
