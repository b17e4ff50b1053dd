package org.hros.digest.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hros.digest.DigestReader;
import org.hros.digest.domain.DigestRenderer.RenderedDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of the digest: finds whose digest is due, builds them in batches and puts each batch into the outbox in
 * one transaction, one row per member and period. The unique period makes a repeated run (after a crash between
 * batches, or on a second node) add nothing for members already done; a member with nothing new gets a row without
 * mail, so their period counts as told and is not built again. Sending is the outbox's business.
 */
@Service
public class DigestRuns {

    private static final Logger log = LoggerFactory.getLogger(DigestRuns.class);

    private final JdbcClient jdbc;
    private final DueDigests due;
    private final DigestBuilder builder;
    private final DigestRenderer renderer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;

    DigestRuns(
            JdbcClient jdbc,
            DueDigests due,
            DigestBuilder builder,
            DigestRenderer renderer,
            PlatformTransactionManager transactions,
            Clock clock,
            DigestProperties digestProperties) {
        this.jdbc = jdbc;
        this.due = due;
        this.builder = builder;
        this.renderer = renderer;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = Math.max(1, digestProperties.batchSize());
    }

    /** Builds and queues every digest due now. */
    public RunResult runNow() {
        return run(clock.instant(), batchSize);
    }

    RunResult run(Instant now, int batchSize) {
        long runId = jdbc.sql("insert into digest_run (started_at) values (?) returning id")
                .param(Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        List<DigestReader> readers = due.at(now);
        int queued = 0;
        int empty = 0;
        for (int from = 0; from < readers.size(); from += batchSize) {
            List<Digest> digests = builder.build(readers.subList(from, Math.min(readers.size(), from + batchSize)));
            int[] counts = transaction.execute(status -> queue(runId, digests));
            queued += counts[0];
            empty += counts[1];
        }
        jdbc.sql("update digest_run set finished_at = ?, due = ?, queued = ?, empty = ? where id = ?")
                .params(Timestamp.from(clock.instant()), readers.size(), queued, empty, runId)
                .update();
        if (!readers.isEmpty()) {
            log.info("Digest run {}: {} due, {} queued, {} with nothing new", runId, readers.size(), queued, empty);
        }
        return new RunResult(runId, readers.size(), queued, empty);
    }

    private int[] queue(long runId, List<Digest> digests) {
        int queued = 0;
        int empty = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (Digest digest : digests) {
            RenderedDigest mail = digest.empty() ? null : renderer.mail(digest);
            int added = jdbc.sql("insert into digest_mail (member_id, run_id, period_start, period_end, status,"
                            + " subject, text_body, html_body, next_attempt_at, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (member_id, period_end) do nothing")
                    .params(
                            digest.memberId(),
                            runId,
                            Timestamp.from(digest.since()),
                            Timestamp.from(digest.until()),
                            mail == null ? "EMPTY" : "PENDING",
                            mail == null ? null : mail.subject(),
                            mail == null ? null : mail.text(),
                            mail == null ? null : mail.html(),
                            mail == null ? null : now,
                            now)
                    .update();
            if (added == 1 && mail != null) {
                queued++;
            } else if (added == 1) {
                empty++;
            }
        }
        return new int[] {queued, empty};
    }

    /** What a run found and did. */
    public record RunResult(long runId, int due, int queued, int empty) {}
}
