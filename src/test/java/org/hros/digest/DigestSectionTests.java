package org.hros.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberInterests;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.radar.domain.TrendJob;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sections other modules add to the digest (rising topics and radar changes from the radar, upcoming sessions from
 * live sessions), as the member's preview shows them: under their headings, after the failure stories, and only for
 * the members they concern.
 */
class DigestSectionTests extends IntegrationTestBase {

    private static final Topic MINE = Topic.of("technical-copywriting");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @Autowired
    MemberInterests interests;

    @Autowired
    MemberDirectory directory;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    LiveSessions sessions;

    @Autowired
    JdbcClient jdbc;

    private final List<String> editionKeys = new java.util.ArrayList<>();

    @Autowired
    TrendJob trends;

    @AfterEach
    void putTheRadarBackAsItsJobsLeftIt() {
        editionKeys.forEach(key -> jdbc.sql("delete from radar_edition where edition_key = ?")
                .param(key)
                .update());
        trends.compute();
    }

    @Test
    void sectionsFromTheRadarAndSessionsFollowTheFailureStoriesForTheMembersTheyConcern() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = member(Set.of(MINE), "Asia/Tokyo");
        Person other = member(Set.of(Topic.of("interviewing")), null);

        String failure = "Copy flop " + key;
        fixtures.published(author, editor, failure, Outcome.FAILURE, MINE);
        risingOverFourWeeks(MINE, 9, 1);
        String edition = editionWhereMyTopicMovesIn();
        // 20:00 UTC is 05:00 the next day in Tokyo: the day shows whose zone the time is in.
        Instant start = LocalDate.now(ZoneOffset.UTC).plusDays(3).atTime(20, 0).toInstant(ZoneOffset.UTC);
        String onMyTopic = "Copy clinic " + key;
        session(editor, onMyTopic, start, Set.of(MINE), null);
        long request = agenda.post(
                author.id(),
                new RequestCommand(
                        "Onboarding buddies that work " + key,
                        "Looking for examples.",
                        List.of(Topic.of("onboarding")),
                        List.of(),
                        null,
                        null));
        String fromRequest = "Buddy clinic " + key;
        session(editor, fromRequest, start.plus(Duration.ofDays(1)), Set.of(Topic.of("onboarding")), request);

        String mine = preview(reader);
        assertInOrder(
                mine,
                "New failure stories on your topics",
                failure,
                "Rising on your topics",
                "Technical copywriting",
                "9 cases, requests and votes in the last 4 weeks, 1 in the 4 before",
                "Radar changes on your topics",
                "Topic · moved in from Trial to Adopt · " + edition + " edition",
                "Upcoming sessions",
                onMyTopic,
                "Clinic · " + DAY.format(start.atZone(ZoneId.of("Asia/Tokyo"))),
                "(Asia/Tokyo)",
                fromRequest,
                "asked for in a community request");

        String theirs = preview(other);
        // Every member hears of a session the community asked for, in their own zone (here the default, UTC).
        assertThat(theirs)
                .contains(
                        "Upcoming sessions",
                        fromRequest,
                        DAY.format(start.plus(Duration.ofDays(1)).atZone(ZoneOffset.UTC)))
                .contains("(UTC)")
                .doesNotContain(onMyTopic, edition + " edition");
    }

    private Person member(Set<Topic> topics, String zone) throws Exception {
        Person person = fixtures.member(MemberRole.MEMBER);
        interests.chooseInterests(person.id(), topics, Set.of());
        if (zone != null) {
            mvc.perform(post("/profile/time-zone").with(as(person)).with(csrf()).param("timeZone", zone))
                    .andExpect(status().is3xxRedirection());
        }
        return person;
    }

    /** What the trends job would store for a topic whose activity rose over four weeks. */
    private void risingOverFourWeeks(Topic topic, int activity, int before) {
        jdbc.sql("insert into trend_window (kind, slug, weeks, cases, cases_before, requests, requests_before, votes,"
                        + " votes_before, new_this_month, computed_at) values ('topic', ?, 4, ?, ?, 0, 0, 0, 0, ?, now())"
                        + " on conflict (kind, slug, weeks) do update set cases = excluded.cases,"
                        + " cases_before = excluded.cases_before, requests = 0, requests_before = 0, votes = 0,"
                        + " votes_before = 0")
                .params(topic.slug(), activity, before, activity)
                .update();
    }

    /**
     * Two editions, a minute apart and newer than any other: in the first my topic is on Trial, in the second on
     * Adopt. Returns the second's title ("4711 Q2"). Keys far in the future, so they meet no real quarter.
     */
    private String editionWhereMyTopicMovesIn() {
        int year = 3000 + ThreadLocalRandom.current().nextInt(6000);
        Instant now = clock.instant();
        edition(year + "-q1", now.minus(Duration.ofMinutes(2)), "TRIAL");
        edition(year + "-q2", now.minus(Duration.ofMinutes(1)), "ADOPT");
        return year + " Q2";
    }

    private void edition(String key, Instant publishedAt, String ring) {
        editionKeys.add(key);
        long id = jdbc.sql("insert into radar_edition (edition_key, published_at) values (?, ?) returning id")
                .params(key, Timestamp.from(publishedAt))
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into radar_edition_blip (edition_id, blip_key, kind, slug, name, quadrant, ring, cases,"
                                + " successes, mixed, failures, recent_cases, helpful, open_requests)"
                                + " values (?, ?, 'topic', ?, 'Technical copywriting', 'EMPLOYER_BRAND', ?, 6, 5, 1, 0, 6, 3, 0)")
                .params(id, "topic:" + MINE.slug(), MINE.slug(), ring)
                .update();
    }

    private long session(Person editor, String title, Instant start, Set<Topic> topics, Long requestId) {
        return sessions.schedule(
                editor.id(),
                new LiveSessionCommand(
                        SessionKind.CLINIC,
                        title,
                        "We work through it together.",
                        start,
                        60,
                        20,
                        "https://meet.example/hros",
                        null,
                        requestId,
                        List.of(directory.find(editor.id()).orElseThrow().handle()),
                        topics));
    }

    private String preview(Person person) throws Exception {
        return mvc.perform(get("/digest/preview").with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static void assertInOrder(String body, String... parts) {
        int at = -1;
        for (String part : parts) {
            int found = body.indexOf(part, at + 1);
            assertThat(found)
                    .as("\"%s\" after position %d in:%n%s", part, at, body)
                    .isGreaterThan(at);
            at = found;
        }
    }

    private static RequestPostProcessor as(Person person) {
        return user(new MemberPrincipal(
                person.id(), person.email(), "h" + person.id(), person.name(), MemberRole.MEMBER, true, ""));
    }
}
