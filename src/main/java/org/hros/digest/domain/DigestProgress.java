package org.hros.digest.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the latest digest run is going, for admins: how many were due, queued, sent, failed or are still waiting. */
@Service
public class DigestProgress {

    private final JdbcClient jdbc;

    DigestProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest run that found anyone due, or empty when there was none yet. */
    @Transactional(readOnly = true)
    public Optional<RunView> latest() {
        return jdbc.sql("select r.id, r.started_at, r.finished_at, r.due, r.queued, r.empty,"
                        + " count(*) filter (where m.status = 'PENDING') as pending,"
                        + " count(*) filter (where m.status = 'SENT') as sent,"
                        + " count(*) filter (where m.status = 'FAILED') as failed,"
                        + " count(*) filter (where m.status = 'CANCELLED') as cancelled"
                        + " from digest_run r left join digest_mail m on m.run_id = r.id"
                        + " where r.id = (select max(id) from digest_run where due > 0 or finished_at is null)"
                        + " group by r.id")
                .query((rs, n) -> new RunView(
                        rs.getLong("id"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("due"),
                        rs.getInt("queued"),
                        rs.getInt("empty"),
                        rs.getLong("pending"),
                        rs.getLong("sent"),
                        rs.getLong("failed"),
                        rs.getLong("cancelled")))
                .optional();
    }

    /** One run as the admin page shows it. {@code finishedAt} is null while it is still building. */
    public record RunView(
            long id,
            Instant startedAt,
            Instant finishedAt,
            int due,
            int queued,
            int empty,
            long pending,
            long sent,
            long failed,
            long cancelled) {}
}
