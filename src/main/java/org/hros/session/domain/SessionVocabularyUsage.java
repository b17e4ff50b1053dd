package org.hros.session.domain;

import org.hros.shared.VocabularyColumns;
import org.hros.shared.VocabularyKind;
import org.hros.shared.VocabularyUsage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Live sessions carry topics. */
@Component
@Order(30)
class SessionVocabularyUsage implements VocabularyUsage {

    private final JdbcClient jdbc;

    SessionVocabularyUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String countKey(VocabularyKind kind) {
        return "vocabulary.usage.sessions";
    }

    @Override
    public long count(VocabularyKind kind, String slug) {
        return kind == VocabularyKind.TOPIC ? VocabularyColumns.countListed(jdbc, "live_session", "topics", slug) : 0;
    }

    @Override
    public long move(VocabularyKind kind, String from, String into) {
        return kind == VocabularyKind.TOPIC
                ? VocabularyColumns.moveListed(jdbc, "live_session", "topics", from, into)
                : 0;
    }
}
