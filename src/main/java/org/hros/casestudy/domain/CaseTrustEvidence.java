package org.hros.casestudy.domain;

import org.hros.shared.TrustEvidence;
import org.hros.shared.TrustSignal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the library knows of a member's taking part, for their trust level: the published cases they opened, and the
 * "this helped" reactions others gave their published cases.
 */
@Configuration(proxyBeanMethods = false)
class CaseTrustEvidence {

    @Bean
    TrustEvidence casesRead(JdbcClient jdbc) {
        return evidence(
                TrustSignal.CASES_READ,
                memberId -> jdbc.sql("select count(*) from case_read r"
                                + " join case_study c on c.id = r.case_id where r.member_id = ? and c.author_id <> ?")
                        .params(memberId, memberId)
                        .query(Long.class)
                        .single());
    }

    @Bean
    TrustEvidence reactionsToCases(JdbcClient jdbc) {
        return evidence(
                TrustSignal.REACTIONS_RECEIVED,
                memberId -> jdbc.sql("select coalesce(sum(helpful_count), 0) from case_study where author_id = ?"
                                + " and published_revision > 0 and withdrawn_at is null and hidden_at is null")
                        .param(memberId)
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
