package org.hros.casestudy.domain;

import java.time.ZoneOffset;
import java.util.List;
import org.hros.shared.PublicPages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published cases for the sitemap: the current revision of each, by its permalink, never a withdrawn one. */
@Component
@Transactional(readOnly = true)
class CasePages implements PublicPages {

    private final JdbcClient jdbc;

    CasePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublicPage> publicPages() {
        return jdbc.sql("select r.case_id, r.slug, r.published_at from case_revision r join case_study c"
                        + " on c.id = r.case_id where r.current and c.withdrawn_at is null and c.hidden_at is null and c.published_revision > 0"
                        + " order by r.case_id")
                .query((rs, i) -> new PublicPage(
                        "/cases/" + rs.getLong(1) + "/" + rs.getString(2),
                        rs.getTimestamp(3).toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .list();
    }
}
