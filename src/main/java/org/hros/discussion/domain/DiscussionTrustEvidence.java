package org.hros.discussion.domain;

import org.hros.shared.TrustEvidence;
import org.hros.shared.TrustSignal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What discussions know of a member's taking part, for their trust level: replies others wrote to their replies,
 * and reactions others gave their replies (bookmarks are private, so they do not count).
 */
@Configuration(proxyBeanMethods = false)
class DiscussionTrustEvidence {

    @Bean
    TrustEvidence repliesReceived(JdbcClient jdbc) {
        return evidence(
                TrustSignal.REPLIES_RECEIVED,
                memberId -> jdbc.sql("select count(*) from reply r"
                                + " join reply p on p.id = r.parent_id where p.author_id = ? and r.author_id <> ?"
                                + " and r.removed_at is null")
                        .params(memberId, memberId)
                        .query(Long.class)
                        .single());
    }

    @Bean
    TrustEvidence reactionsToReplies(JdbcClient jdbc) {
        return evidence(
                TrustSignal.REACTIONS_RECEIVED,
                memberId -> jdbc.sql("select count(*) from reaction x"
                                + " join reply r on x.subject_type = 'REPLY' and x.subject_id = r.id"
                                + " where r.author_id = ? and x.member_id <> ? and x.kind <> 'BOOKMARK'")
                        .params(memberId, memberId)
                        .query(Long.class)
                        .single());
    }

    private static TrustEvidence evidence(TrustSignal signal, java.util.function.LongUnaryOperator count) {
        return new TrustEvidence() {
            @Override
            public TrustSignal signal() {
                return signal;
            }

            @Override
            public long count(long memberId) {
                return count.applyAsLong(memberId);
            }
        };
    }
}
