package org.hros.radar.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.hros.casestudy.CaseEvidence;
import org.hros.request.RequestEvidence;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places every blip from the evidence and stores the current radar, replacing the previous picture in one
 * transaction: running it twice, or on two nodes at once, leaves the same rows.
 */
@Service
public class RadarRefresh {

    private final CaseEvidence cases;
    private final RequestEvidence requests;
    private final Practices practices;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    RadarRefresh(
            CaseEvidence cases,
            RequestEvidence requests,
            Practices practices,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.practices = practices;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        var blips = EvidenceCollector.collect(
                cases.publishedFacts(),
                requests.requestFacts(),
                practices.active(),
                word -> messages.getMessage(word.messageKey(), null, Locale.ENGLISH),
                now);
        // Serialises concurrent refreshes (two nodes, or a job and an editor's save) so neither sees half a radar.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('radar_blip'))").query().singleRow();
        jdbc.sql("delete from radar_blip").update();
        for (var blip : blips) {
            Evidence e = blip.evidence();
            jdbc.sql("insert into radar_blip (blip_key, kind, slug, name, quadrant, ring, cases, successes, mixed,"
                            + " failures, recent_cases, helpful, open_requests, case_ids, request_ids, computed_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            blip.kind() + ":" + blip.slug(),
                            blip.kind(),
                            blip.slug(),
                            blip.name(),
                            blip.quadrant().name(),
                            RingRule.place(e).map(Ring::name).orElse(null),
                            e.cases(),
                            e.successes(),
                            e.mixed(),
                            e.failures(),
                            e.recentCases(),
                            e.helpful(),
                            e.openRequests(),
                            blip.caseIds().toArray(Long[]::new),
                            blip.requestIds().toArray(Long[]::new),
                            Timestamp.from(now))
                    .update();
        }
    }
}
