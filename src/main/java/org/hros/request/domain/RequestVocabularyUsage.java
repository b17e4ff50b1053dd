package org.hros.request.domain;

import org.hros.shared.VocabularyColumns;
import org.hros.shared.VocabularyKind;
import org.hros.shared.VocabularyUsage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Requests carry topics and skills (lists) and a size band and industry. */
@Component
@Order(10)
class RequestVocabularyUsage implements VocabularyUsage {

    private final JdbcClient jdbc;

    RequestVocabularyUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String countKey(VocabularyKind kind) {
        return "vocabulary.usage.requests";
    }

    @Override
    public long count(VocabularyKind kind, String slug) {
        return switch (kind) {
            case TOPIC -> VocabularyColumns.countListed(jdbc, "request", "topics", slug);
            case SKILL -> VocabularyColumns.countListed(jdbc, "request", "skills", slug);
            case INDUSTRY -> VocabularyColumns.count(jdbc, "request", "industry", slug);
            case SIZE -> VocabularyColumns.count(jdbc, "request", "size_band", slug);
            case REGION -> 0;
        };
    }

    @Override
    public long move(VocabularyKind kind, String from, String into) {
        return switch (kind) {
            case TOPIC -> VocabularyColumns.moveListed(jdbc, "request", "topics", from, into);
            case SKILL -> VocabularyColumns.moveListed(jdbc, "request", "skills", from, into);
            case INDUSTRY -> VocabularyColumns.move(jdbc, "request", "industry", from, into);
            case SIZE -> VocabularyColumns.move(jdbc, "request", "size_band", from, into);
            case REGION -> 0;
        };
    }
}
