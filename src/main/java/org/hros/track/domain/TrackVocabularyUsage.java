package org.hros.track.domain;

import org.hros.shared.VocabularyColumns;
import org.hros.shared.VocabularyKind;
import org.hros.shared.VocabularyUsage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A track trains one skill; members vote for tracks on skills. */
@Component
@Order(50)
class TrackVocabularyUsage implements VocabularyUsage {

    private final JdbcClient jdbc;

    TrackVocabularyUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String countKey(VocabularyKind kind) {
        return "vocabulary.usage.tracks";
    }

    @Override
    public long count(VocabularyKind kind, String slug) {
        return kind == VocabularyKind.SKILL ? VocabularyColumns.count(jdbc, "track", "skill", slug) : 0;
    }

    @Override
    public long move(VocabularyKind kind, String from, String into) {
        if (kind != VocabularyKind.SKILL) {
            return 0;
        }
        // A member who voted for both skills keeps one vote.
        jdbc.sql("delete from track_skill_vote v where v.skill = ? and exists"
                        + " (select 1 from track_skill_vote w where w.skill = ? and w.member_id = v.member_id)")
                .params(from, into)
                .update();
        VocabularyColumns.move(jdbc, "track_skill_vote", "skill", from, into);
        return VocabularyColumns.move(jdbc, "track", "skill", from, into);
    }
}
