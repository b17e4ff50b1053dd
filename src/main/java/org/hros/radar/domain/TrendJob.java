package org.hros.radar.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hros.casestudy.CaseEvidence;
import org.hros.casestudy.CaseEvidence.CaseFact;
import org.hros.request.RequestEvidence;
import org.hros.request.RequestEvidence.RequestFact;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes rising and falling topics and skills into {@code trend_week} and {@code trend_window}, replacing them in
 * one transaction, so that the trends page only reads. Safe to run twice or on two nodes.
 */
@Service
public class TrendJob {

    /** Search counts older than this are deleted: the longest window and its predecessor need 26 weeks. */
    private static final int KEEP_SEARCH_DAYS = 400;

    private final CaseEvidence cases;
    private final RequestEvidence requests;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int searchMinimum;
    private final SearchTally searches;

    TrendJob(
            CaseEvidence cases,
            RequestEvidence requests,
            JdbcClient jdbc,
            Clock clock,
            TrendProperties trendProperties,
            SearchTally searches) {
        this.searches = searches;
        this.cases = cases;
        this.requests = requests;
        this.jdbc = jdbc;
        this.clock = clock;
        this.searchMinimum = trendProperties.searchMinimum();
    }

    @Transactional
    public void compute() {
        searches.flush();
        Instant now = clock.instant();
        List<CaseFact> caseFacts = cases.publishedFacts();
        List<RequestFact> requestFacts = requests.requestFacts();
        Map<Long, RequestFact> byId = new HashMap<>();
        requestFacts.forEach(r -> byId.put(r.id(), r));
        List<RequestEvidence.VoteFact> votes =
                requests.votesSince(now.minus(java.time.Duration.ofDays(7L * TrendWindows.WEEKS)));
        jdbc.sql("select pg_advisory_xact_lock(hashtext('trend_window'))")
                .query()
                .singleRow();
        jdbc.sql("delete from trend_week").update();
        jdbc.sql("delete from trend_window").update();
        jdbc.sql("delete from trend_search_count where day < ?")
                .param(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(KEEP_SEARCH_DAYS))
                .update();
        for (Topic topic : Topic.active()) {
            store(
                    "topic",
                    topic.slug(),
                    now,
                    times(caseFacts, c -> c.topics().contains(topic), CaseFact::firstPublishedAt),
                    times(requestFacts, r -> r.topics().contains(topic), RequestFact::createdAt),
                    voteTimes(votes, byId, r -> r.topics().contains(topic)));
        }
        for (Skill skill : Skill.active()) {
            store(
                    "skill",
                    skill.slug(),
                    now,
                    times(caseFacts, c -> c.skills().contains(skill), CaseFact::firstPublishedAt),
                    times(requestFacts, r -> r.skills().contains(skill), RequestFact::createdAt),
                    voteTimes(votes, byId, r -> r.skills().contains(skill)));
        }
    }

    private void store(
            String kind,
            String slug,
            Instant now,
            List<Instant> caseTimes,
            List<Instant> requestTimes,
            List<Instant> voteTimes) {
        int[] c = TrendWindows.weekly(caseTimes, now);
        int[] r = TrendWindows.weekly(requestTimes, now);
        int[] v = TrendWindows.weekly(voteTimes, now);
        for (int i = 0; i < TrendWindows.WEEKS; i++) {
            jdbc.sql(
                            "insert into trend_week (kind, slug, week_start, cases, requests, votes) values (?, ?, ?, ?, ?, ?)")
                    .params(kind, slug, TrendWindows.weekStart(now, i), c[i], r[i], v[i])
                    .update();
        }
        int newThisMonth = TrendWindows.thisMonth(caseTimes, now) + TrendWindows.thisMonth(requestTimes, now);
        for (int weeks : new int[] {4, 13}) {
            var cw = TrendWindows.window(caseTimes, now, weeks);
            var rw = TrendWindows.window(requestTimes, now, weeks);
            var vw = TrendWindows.window(voteTimes, now, weeks);
            int[] searches = searches(kind, slug, now, weeks);
            jdbc.sql("insert into trend_window (kind, slug, weeks, cases, cases_before, requests, requests_before,"
                            + " votes, votes_before, searches, searches_before, new_this_month, computed_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            kind,
                            slug,
                            weeks,
                            cw.current(),
                            cw.before(),
                            rw.current(),
                            rw.before(),
                            vw.current(),
                            vw.before(),
                            TrendWindows.shown(searches[0], searchMinimum),
                            TrendWindows.shown(searches[1], searchMinimum),
                            newThisMonth,
                            Timestamp.from(now))
                    .update();
        }
    }

    /** Searches in the last {@code weeks} weeks (today included) and in the same span before. */
    private int[] searches(String kind, String slug, Instant now, int weeks) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate start = today.minusDays(7L * weeks - 1);
        LocalDate earlier = start.minusDays(7L * weeks);
        return jdbc.sql("select coalesce(sum(searches) filter (where day >= ?), 0),"
                        + " coalesce(sum(searches) filter (where day < ?), 0)"
                        + " from trend_search_count where kind = ? and slug = ? and day >= ? and day <= ?")
                .params(start, start, kind, slug, earlier, today)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    private static <T> List<Instant> times(List<T> facts, Predicate<T> on, java.util.function.Function<T, Instant> at) {
        List<Instant> times = new ArrayList<>();
        for (T fact : facts) {
            if (on.test(fact)) {
                times.add(at.apply(fact));
            }
        }
        return times;
    }

    private static List<Instant> voteTimes(
            List<RequestEvidence.VoteFact> votes, Map<Long, RequestFact> requests, Predicate<RequestFact> on) {
        List<Instant> times = new ArrayList<>();
        for (var vote : votes) {
            RequestFact request = requests.get(vote.requestId());
            if (request != null && on.test(request)) {
                times.add(vote.castAt());
            }
        }
        return times;
    }
}
