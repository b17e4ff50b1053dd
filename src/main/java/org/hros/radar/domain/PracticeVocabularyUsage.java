package org.hros.radar.domain;

import org.hros.shared.VocabularyColumns;
import org.hros.shared.VocabularyKind;
import org.hros.shared.VocabularyUsage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Radar practices are tied to topics and skills. */
@Component
@Order(40)
class PracticeVocabularyUsage implements VocabularyUsage {

    private final JdbcClient jdbc;

    PracticeVocabularyUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String countKey(VocabularyKind kind) {
        return "vocabulary.usage.practices";
    }

    @Override
    public long count(VocabularyKind kind, String slug) {
        return switch (kind) {
            case TOPIC -> VocabularyColumns.countListed(jdbc, "radar_practice", "topics", slug);
            case SKILL -> VocabularyColumns.countListed(jdbc, "radar_practice", "skills", slug);
            default -> 0;
        };
    }

    @Override
    public long move(VocabularyKind kind, String from, String into) {
        return switch (kind) {
            case TOPIC -> VocabularyColumns.moveListed(jdbc, "radar_practice", "topics", from, into);
            case SKILL -> VocabularyColumns.moveListed(jdbc, "radar_practice", "skills", from, into);
            default -> 0;
        };
    }
}
