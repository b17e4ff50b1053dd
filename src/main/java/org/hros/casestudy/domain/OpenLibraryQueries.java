package org.hros.casestudy.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.OpenLibrary;
import org.hros.casestudy.Section;
import org.hros.shared.GoneException;
import org.hros.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads each published case through {@link CaseCatalog#read}, the case page's own reading, so that the open data
 * credits and dates every case exactly as its page does.
 */
@Service
class OpenLibraryQueries implements OpenLibrary {

    private final CaseCatalog catalog;
    private final JdbcClient jdbc;

    OpenLibraryQueries(CaseCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Override
    public void forEachOpenCase(Consumer<OpenCase> each) {
        for (long id : catalog.publishedIds()) {
            CaseView view;
            try {
                view = catalog.read(id, null);
            } catch (GoneException | NotFoundException e) {
                // Withdrawn or taken down while the dump was being written: it stays out.
                continue;
            }
            each.accept(new OpenCase(view, markdown(id, view.revision())));
        }
    }

    @Override
    public Optional<Instant> lastDeparture() {
        return jdbc.sql("select max(withdrawn_at) from case_study where published_revision > 0")
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .single();
    }

    private Map<Section, String> markdown(long caseId, int revision) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        List<Map.Entry<String, String>> rows = jdbc.sql("select s.section, s.markdown from case_revision_section s"
                        + " join case_revision r on r.id = s.revision_id where r.case_id = ? and r.revision_no = ?")
                .params(caseId, revision)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
        rows.forEach(e -> Section.fromKey(e.getKey()).ifPresent(s -> sections.put(s, e.getValue())));
        return sections;
    }
}
