package org.hros.digest.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hros.platform.MailQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digest_mail outbox for the operations page, in one query. A mail given up is counted by its last attempt's time,
 * which is when it was given up.
 */
@Component
class DigestMailQueue implements MailQueue {

    private final JdbcClient jdbc;

    DigestMailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String labelKey() {
        return "operations.mail.digest";
    }

    @Override
    @Transactional(readOnly = true)
    public State state(Instant since) {
        OffsetDateTime from = since.atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                        select count(*) filter (where status = 'PENDING') as waiting,
                            count(*) filter (where status = 'SENT' and sent_at >= ?) as sent,
                            count(*) filter (where status = 'FAILED' and coalesce(next_attempt_at, created_at) >= ?)
                                as failed,
                            min(created_at) filter (where status = 'PENDING') as oldest
                        from digest_mail
                        """)
                .params(from, from)
                .query((rs, n) -> new State(
                        rs.getLong("waiting"),
                        rs.getLong("sent"),
                        rs.getLong("failed"),
                        rs.getObject("oldest", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("oldest", OffsetDateTime.class).toInstant()))
                .single();
    }
}
