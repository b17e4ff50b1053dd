package org.hros.digest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.hros.casestudy.Outcome;
import org.hros.digest.DigestReader;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long building the digests of 10,000 members takes, against a target of 60 s: a benchmark, not a test
 * (tagged {@code slow}, run by {@code bench/digest.sh} or {@code ./mvnw -Pbench}). Members (with one to three
 * topics and a skill each) are inserted with SQL, as signing up 10,000 members through the password hasher would
 * take longer than the run itself; the cases and requests are published through the application's own services.
 * It prints members/s for building alone and for a whole run (building, rendering and queueing), and writes them
 * to {@code target/digest-bench.txt}.
 */
@Tag("slow")
class DigestBenchmarkTests extends IntegrationTestBase {

    private static final int MEMBERS = Integer.getInteger("bench.members", 10_000);
    private static final int CASES = Integer.getInteger("bench.cases", 150);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 20);
    private static final Duration TARGET = Duration.ofSeconds(60);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DueDigests due;

    @Autowired
    DigestBuilder builder;

    @Autowired
    DigestRuns runs;

    @Autowired
    CommunityAgenda agenda;

    @Test
    void buildingTheDigestsOfTenThousandMembers() throws Exception {
        Instant slot = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS);
        int hour = slot.atZone(ZoneOffset.UTC).getHour();
        long firstMember = insertMembers(hour);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Topic[] topics = Topic.active().toArray(Topic[]::new);
        Outcome[] outcomes = Outcome.values();
        Random random = new Random(7);
        long seeded = System.nanoTime();
        long lastCase = 0;
        for (int i = 0; i < CASES; i++) {
            lastCase = fixtures.published(
                    author,
                    editor,
                    "Bench case " + i,
                    outcomes[i % outcomes.length],
                    topics[random.nextInt(topics.length)]);
        }
        for (int i = 0; i < REQUESTS; i++) {
            long request = agenda.post(
                    author.id(),
                    new RequestCommand(
                            "Bench request " + i,
                            "Looking for examples of what worked and what did not.",
                            List.of(topics[i % topics.length]),
                            List.of(),
                            null,
                            null));
            jdbc.sql("insert into request_vote (request_id, member_id, created_at) select ?, id, now() from member"
                            + " where id >= ? and id % ? = 0")
                    .params(request, firstMember, 10 + i)
                    .update();
            agenda.linkCase(request, lastCase, editor.id());
        }
        long seedMillis = (System.nanoTime() - seeded) / 1_000_000;
        moveClockTo(slot.plusSeconds(10));

        long started = System.nanoTime();
        List<DigestReader> found = due.at(clock.instant());
        List<Digest> digests = new java.util.ArrayList<>();
        for (int from = 0; from < found.size(); from += 500) {
            digests.addAll(builder.build(found.subList(from, Math.min(found.size(), from + 500))));
        }
        Duration build = Duration.ofNanos(System.nanoTime() - started);
        long withNews = digests.stream().filter(d -> !d.empty()).count();

        started = System.nanoTime();
        DigestRuns.RunResult run = runs.runNow();
        Duration whole = Duration.ofNanos(System.nanoTime() - started);

        String out = String.format(
                "%nDigest benchmark: %d members due (%d inserted), %d cases and %d answered requests in the period"
                        + " (seeded in %d ms)%n"
                        + "build only:        %6d ms  %8.0f members/s  (%d with news)%n"
                        + "whole run:         %6d ms  %8.0f members/s  (%d queued, %d empty)%n"
                        + "target:            %6d ms  for %d members -> %s%n",
                found.size(),
                MEMBERS,
                CASES,
                REQUESTS,
                seedMillis,
                build.toMillis(),
                found.size() * 1000.0 / Math.max(1, build.toMillis()),
                withNews,
                whole.toMillis(),
                run.due() * 1000.0 / Math.max(1, whole.toMillis()),
                run.queued(),
                run.empty(),
                TARGET.toMillis(),
                MEMBERS,
                whole.compareTo(TARGET) <= 0 ? "within target" : "OVER TARGET");
        System.out.println(out);
        Path file = Path.of("target", "digest-bench.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        assertThat(found.size()).isGreaterThanOrEqualTo(MEMBERS);
        assertThat(withNews).isPositive();
        // Don't mail 10,000 test addresses: the bench measures building and queueing, not SMTP.
        jdbc.sql("update digest_mail set status = 'CANCELLED' where status = 'PENDING' and run_id = ?")
                .param(run.runId())
                .update();
    }

    /** Members inserted set-wise, each with one to three topics and a skill, all on a daily digest at {@code hour}. */
    private long insertMembers(int hour) {
        long first = jdbc.sql("select coalesce(max(id), 0) + 1 from member")
                .query(Long.class)
                .single();
        String topicSlugs = String.join(
                ",",
                Topic.active().stream().map(Topic::slug).map(s -> "'" + s + "'").toList());
        jdbc.sql("insert into member (email, handle, password_hash, display_name, topics, skills, role,"
                        + " email_verified_at, created_at)"
                        + " select 'bench-' || g || '-' || md5(random()::text) || '@bench.example',"
                        + " 'bench-' || g || '-' || substr(md5(random()::text), 1, 8), 'x', 'Bench member ' || g,"
                        + " (array[" + topicSlugs + "])[1 + g % 10] || ',' || (array[" + topicSlugs
                        + "])[1 + (g / 10) % 10],"
                        + " (array['writing','seo','data-analysis'])[1 + g % 3], 'MEMBER', now(), now()"
                        + " from generate_series(1, ?) g")
                .param(MEMBERS)
                .update();
        jdbc.sql("insert into digest_preference (member_id, frequency, day_of_week, hour)"
                        + " select id, 'DAILY', 'MONDAY', ? from member where id >= ?"
                        + " on conflict (member_id) do nothing")
                .params(hour, first)
                .update();
        return first;
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }
}
