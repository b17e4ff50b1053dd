package org.hros.search.domain.indexing;

import java.util.List;
import org.hros.shared.VocabularyKind;
import org.hros.shared.WordsMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a rename or merge commits, every case and request document that still carries the old word is built again
 * from the content as it now is, so Hibernate Search reindexes it and search finds it under the new word.
 */
@Component
class MovedWords {

    private final JdbcClient jdbc;
    private final CaseDocuments cases;
    private final RequestDocuments requests;

    MovedWords(JdbcClient jdbc, CaseDocuments cases, RequestDocuments requests) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(WordsMoved event) {
        ids("case_document", event.kind(), event.from(), true).forEach(cases::refresh);
        if (event.kind() == VocabularyKind.TOPIC || event.kind() == VocabularyKind.SKILL) {
            ids("request_document", event.kind(), event.from(), false).forEach(requests::refresh);
        }
    }

    private List<Long> ids(String table, VocabularyKind kind, String slug, boolean caseDocument) {
        String condition = switch (kind) {
            case TOPIC -> "? = any(string_to_array(topics, ','))";
            case SKILL -> "? = any(string_to_array(skills, ','))";
            case INDUSTRY -> "industry = ?";
            case SIZE -> "size_band = ?";
            case REGION -> caseDocument ? "region = ?" : null;
        };
        if (condition == null) {
            return List.of();
        }
        return jdbc.sql("select id from " + table + " where " + condition)
                .param(slug)
                .query(Long.class)
                .list();
    }
}
