package org.hros.member.domain;

import org.hros.shared.VocabularyColumns;
import org.hros.shared.VocabularyKind;
import org.hros.shared.VocabularyUsage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Members' profiles carry the topics and skills they follow. */
@Component
@Order(20)
class MemberVocabularyUsage implements VocabularyUsage {

    private final JdbcClient jdbc;

    MemberVocabularyUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String countKey(VocabularyKind kind) {
        return "vocabulary.usage.members";
    }

    @Override
    public long count(VocabularyKind kind, String slug) {
        return switch (kind) {
            case TOPIC -> VocabularyColumns.countListed(jdbc, "member", "topics", slug);
            case SKILL -> VocabularyColumns.countListed(jdbc, "member", "skills", slug);
            default -> 0;
        };
    }

    @Override
    public long move(VocabularyKind kind, String from, String into) {
        return switch (kind) {
            case TOPIC -> VocabularyColumns.moveListed(jdbc, "member", "topics", from, into);
            case SKILL -> VocabularyColumns.moveListed(jdbc, "member", "skills", from, into);
            default -> 0;
        };
    }
}
