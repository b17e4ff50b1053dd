package org.hros.notification.domain;

import java.time.Instant;
import org.hros.platform.MailQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice_mail outbox for the operations page, in one query. A mail given up is counted by its last attempt's time,
 * which is when it was given up.
 */
@Component
class NoticeMailQueue implements MailQueue {

    private final JdbcClient jdbc;

    NoticeMailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String labelKey() {
        return "operations.mail.notices";
    }

    @Override
    @Transactional(readOnly = true)
    public State state(Instant since) {
        return MailQueue.stateOf(jdbc, "notice_mail", since);
    }
}
