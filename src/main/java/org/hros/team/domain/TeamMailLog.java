package org.hros.team.domain;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which reminder and summary mails went out. A mail is claimed by inserting its key in the transaction that sends
 * it: a second run, or another node, finds the key and sends nothing; a failed send rolls the claim back, so the
 * next run tries again.
 */
@Component
class TeamMailLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    TeamMailLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this call claimed the key (false: the mail was sent before). Must run in a transaction. */
    boolean claim(String key) {
        return jdbc.sql("insert into team_mail_sent (dedupe_key, sent_at) values (?, ?) on conflict do nothing")
                        .params(key, Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }
}
