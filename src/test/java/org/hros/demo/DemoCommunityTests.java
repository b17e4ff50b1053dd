package org.hros.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Facets;
import org.hros.casestudy.Outcome;
import org.hros.session.SessionKind;
import org.hros.session.domain.SessionQueries;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.team.TeamExerciseScores;
import org.hros.team.TeamRole;
import org.hros.team.domain.TeamDashboard;
import org.hros.team.domain.TeamService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoCommunityTests {

    @Autowired
    CaseCatalog catalog;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CaseReviews reviews;

    @Autowired
    org.hros.request.domain.AgendaQueries agenda;

    @Test
    void theAgendaLooksAliveWithVotesAnAnswerAndAnOffer() {
        var board = agenda.board(new org.hros.request.domain.BoardQuery(null, null, null, null, null, 1, 50), null);
        assertThat(board.total()).isGreaterThanOrEqualTo(8);
        assertThat(board.items().get(0).votes()).isGreaterThanOrEqualTo(3);
        assertThat(board.items())
                .filteredOn(r -> r.status() == org.hros.request.RequestStatus.ANSWERED)
                .singleElement()
                .satisfies(r ->
                        assertThat(agenda.detail(r.id(), null, false).cases()).hasSize(1));
        assertThat(agenda.openOffers()).isNotEmpty();
    }

    @Test
    void theFirstAdminComesFromConfigurationAndTheEditorFromTheDemo() {
        assertThat(accounts.loadUserByUsername("admin@example.org").getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains("ROLE_ADMIN");
        assertThat(accounts.loadUserByUsername("elena@example.org").getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains("ROLE_EDITOR");
    }

    @Test
    void newcomersSeeALivingLibrary() {
        Facets facets = catalog.facets(CaseFilter.ANY);
        assertThat(catalog.countPublished()).isGreaterThanOrEqualTo(30);
        assertThat(facets.outcomes().get(Outcome.FAILURE)).isGreaterThanOrEqualTo(10);
        assertThat(facets.types().get(CaseType.SPARK)).isGreaterThanOrEqualTo(8);
        // Every topic the demo was written for, those HROS started with and those added with the vocabulary.
        assertThat(facets.topics().keySet())
                .containsAll(Stream.of(
                                "employer-brand",
                                "sourcing",
                                "candidate-experience",
                                "careers-site",
                                "technical-copywriting",
                                "talent-marketing",
                                "recruiting-analytics",
                                "onboarding",
                                "dei",
                                "interviewing",
                                "recruiting-operations",
                                "hr-technology",
                                "pay-transparency",
                                "workforce-planning",
                                "internal-mobility",
                                "early-careers",
                                "contingent-workforce")
                        .map(Topic::of)
                        .toList());
        assertThat(catalog.latest(CaseFilter.ANY, 50)).allMatch(card -> card.sample());
        assertThat(reviews.queue()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void eachTopicAddedWithTheVocabularyListsADemoCaseOnItsPage() throws Exception {
        Map<String, String> cases = Map.of(
                "recruiting-operations", "coordinator pod",
                "hr-technology", "eleven countries on the same Monday",
                "pay-transparency", "before we showed them to our own staff",
                "workforce-planning", "three-year headcount model",
                "internal-mobility", "without their manager",
                "early-careers", "graduate assessment day",
                "contingent-workforce", "conversion fee");
        for (Map.Entry<String, String> topic : cases.entrySet()) {
            String page = mvc.perform(get("/topics/" + topic.getKey()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(page).select(".case-card__title a").eachText())
                    .as(topic.getKey())
                    .anyMatch(title -> title.contains(topic.getValue()));
        }
        // Like the rest of the library, the new topics' stories lean on failure and include Sparks.
        Map<Long, org.hros.casestudy.CaseCard> added = new java.util.HashMap<>();
        for (String slug : cases.keySet()) {
            catalog.latest(new CaseFilter(null, null, Topic.of(slug), null, null, null, null), 20)
                    .forEach(card -> added.put(card.id(), card));
        }
        assertThat(added.values()).filteredOn(c -> c.type() == CaseType.SPARK).hasSizeGreaterThanOrEqualTo(2);
        assertThat(added.values())
                .filteredOn(c -> c.outcome() == Outcome.FAILURE)
                .hasSizeGreaterThan((int) added.values().stream()
                        .filter(c -> c.outcome() == Outcome.SUCCESS)
                        .count());
    }

    @Autowired
    org.hros.circle.domain.CircleService circles;

    @Autowired
    org.hros.practice.domain.GoalService goals;

    @Autowired
    org.hros.member.MemberDirectory directory;

    @Test
    void peersHaveACircleWithAClinicAndGoalsWithCheckIns() {
        long maya = ((org.hros.member.MemberPrincipal) accounts.loadUserByUsername("maya@example.org")).id();
        long sam = ((org.hros.member.MemberPrincipal) accounts.loadUserByUsername("sam@example.org")).id();
        var mine = circles.myCircles(maya);
        assertThat(mine).hasSize(1);
        var circle = circles.page(mine.get(0).id(), maya);
        assertThat(circle.memberCount()).isEqualTo(4);
        assertThat(circle.chathamHouse()).isTrue();
        assertThat(circle.clinics()).hasSize(1);
        assertThat(circle.checkIns()).hasSize(2).allMatch(p -> p.anonymous());
        assertThat(circle.sharedGoals()).hasSize(2);
        var progress = goals.progress(directory.find(sam).orElseThrow().handle(), null);
        assertThat(progress.goals()).hasSize(1);
        var goal = goals.goal(progress.goals().get(0).id(), null);
        assertThat(goal.measuredCheckIns()).hasSize(3);
        assertThat(goal.inspiredBy()).hasSize(1);
    }

    @Autowired
    org.hros.track.domain.TrackReading tracks;

    @Test
    void fourSampleTracksLoadWithEveryStepResolving() {
        var published = tracks.published(null, 1, 50).items();
        assertThat(published).hasSizeGreaterThanOrEqualTo(4).allMatch(t -> t.sample());
        assertThat(published)
                .extracting(t -> t.skill())
                .contains(
                        org.hros.shared.Skill.of("writing"),
                        org.hros.shared.Skill.of("html-css"),
                        org.hros.shared.Skill.of("data-analysis"),
                        org.hros.shared.Skill.of("retrospectives"));
        java.util.Set<String> exercises = new java.util.HashSet<>();
        for (var track : published) {
            var page = tracks.track(track.slug(), new org.hros.track.domain.Viewer(null, false));
            assertThat(page.steps()).as(track.title()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(page.steps())
                    .as(track.title())
                    .allMatch(s -> s.available() && s.why().length() > 20);
            for (var step : page.steps()) {
                var content = tracks.step(track.slug(), step.position(), new org.hros.track.domain.Viewer(null, false))
                        .content();
                if (content.exerciseSlug() != null) {
                    exercises.add(content.exerciseSlug() + "|" + content.exerciseTitle());
                }
                if (content.bodyHtml() != null) {
                    int words =
                            content.bodyHtml().replaceAll("<[^>]*>", " ").trim().split("\\s+").length;
                    assertThat(words).as(step.title()).isBetween(60, 220);
                }
            }
        }
        assertThat(exercises)
                .contains(
                        "careers-page-accessibility|Fix a careers page for screen readers",
                        "job-posting-structured-data|Mark up a job posting for search engines",
                        "job-ad-rewrite|Rewrite a job ad that repels half its readers",
                        "candidate-email-rewrite|Rewrite a rejection e-mail",
                        "funnel-conversion|Find where the funnel leaks",
                        "cost-per-hire|Cost per hire by source");
        var failure = published.stream()
                .filter(t -> org.hros.shared.Skill.of("retrospectives").equals(t.skill()))
                .findFirst()
                .orElseThrow();
        var failureSteps = tracks.track(failure.slug(), new org.hros.track.domain.Viewer(null, false))
                .steps();
        assertThat(failureSteps.get(failureSteps.size() - 1).title()).contains("circle clinic");
        for (var step : failureSteps) {
            var card = tracks.step(failure.slug(), step.position(), new org.hros.track.domain.Viewer(null, false))
                    .content()
                    .caseCard();
            if (card != null) {
                assertThat(card.outcome()).isEqualTo(Outcome.FAILURE);
            }
        }
    }

    @Autowired
    SessionQueries sessions;

    @Autowired
    Clock clock;

    @Test
    void liveSessionsAreComingUpOneBornFromTheTopRequestAndOneTookPlaceWithNotes() {
        var topRequest = agenda.board(new org.hros.request.domain.BoardQuery(null, null, null, null, null, 1, 50), null)
                .items()
                .get(0);
        var upcoming = sessions.upcoming(null, 1, 20).items().stream()
                .map(card -> sessions.read(card.id()))
                .toList();
        assertThat(upcoming).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> {
            assertThat(s.summary()).as(s.title()).contains("Sample content");
            assertThat(s.hosts()).as(s.title()).isNotEmpty();
            assertThat(s.confirmed()).as(s.title()).isPositive();
        });
        assertThat(upcoming)
                .filteredOn(s -> s.bornFrom() != null)
                .singleElement()
                .satisfies(clinic -> {
                    assertThat(clinic.kind()).isEqualTo(SessionKind.CLINIC);
                    assertThat(clinic.bornFrom().id())
                            .as("born from the most-voted request")
                            .isEqualTo(topRequest.id());
                    assertThat(clinic.confirmed()).isEqualTo(clinic.capacity());
                    assertThat(clinic.waiting()).as("a waiting list").isPositive();
                });
        assertThat(upcoming)
                .filteredOn(s -> s.kind() == SessionKind.TALK)
                .singleElement()
                .satisfies(talk -> {
                    assertThat(talk.topics()).isNotEmpty();
                    assertThat(talk.startsAt()).isAfter(clock.instant().plus(Duration.ofDays(14)));
                });

        var past = sessions.past(null, null, 1, 20).items();
        assertThat(past).singleElement().satisfies(card -> {
            var recording = sessions.read(card.id());
            assertThat(recording.kind()).isEqualTo(SessionKind.RECORDING);
            assertThat(recording.summary()).contains("Sample content");
            assertThat(recording.recordingUrl()).startsWith("https://example.org/recordings/");
            int words = recording.notes().trim().split("\\s+").length;
            assertThat(words).isBetween(80, 200);
            assertThat(recording.notesHtml()).contains("<li>");
            assertThat(recording.cases()).hasSize(3);
            assertThat(recording.requests()).hasSize(1);
        });
        assertThat(sessions.past(null, "requisition owner", 1, 20).items())
                .as("past sessions are found by their notes")
                .hasSize(1);
    }

    @Autowired
    TeamService teams;

    @Autowired
    TeamDashboard dashboards;

    @Autowired
    TeamExerciseScores exerciseScores;

    @Test
    void theLeadTrainsATeamOnTwoTracksAndItsMembersArePartWayThrough() {
        long maya = id("maya");
        long jonas = id("jonas");
        long priya = id("priya");
        var team = teams.myTeams(maya).stream()
                .filter(t -> t.name().equals("Talent brand team"))
                .findFirst()
                .orElseThrow();
        assertThat(team.myRole()).isEqualTo(TeamRole.LEAD);
        assertThat(team.members()).isEqualTo(3);
        assertThat(teams.myTeams(jonas)).extracting(t -> t.id()).containsExactly(team.id());

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var assignments = teams.page(team.id(), maya).assignments();
        assertThat(assignments).hasSize(2);
        assertThat(assignments.get(0).assignment().dueOn()).isBetween(today, today.plusDays(7));
        assertThat(assignments.get(1).assignment().dueOn()).isAfter(today.plusDays(27));
        var skills = tracks.published(null, 1, 50).items().stream()
                .filter(t -> assignments.stream()
                        .anyMatch(a -> a.assignment().trackSlug().equals(t.slug())))
                .map(t -> t.skill())
                .toList();
        assertThat(skills).containsExactlyInAnyOrder(Skill.of("html-css"), Skill.of("writing"));
        var dashboard = dashboards.dashboard(team.id(), maya);
        assertThat(dashboard.tracks())
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.rows()).hasSize(3));

        // Jonas's pass reaches his track after commit, like any member's.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stepsDone(jonas, Skill.of("html-css")))
                        .as("three steps ticked and the exercise passed")
                        .isEqualTo(4));
        assertThat(stepsDone(jonas, Skill.of("writing"))).isEqualTo(1);
        assertThat(stepsDone(priya, Skill.of("writing"))).isEqualTo(4);
        assertThat(stepsDone(priya, Skill.of("html-css"))).isEqualTo(1);
        assertThat(exerciseScores.attempts(
                        java.util.List.of(jonas), clock.instant().minus(Duration.ofDays(1))))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.exerciseSlug()).isEqualTo("careers-page-accessibility");
                    assertThat(a.passed()).isTrue();
                });
        assertThat(dashboards.dashboard(team.id(), maya).chart().empty()).isFalse();
    }

    private long id(String key) {
        return ((org.hros.member.MemberPrincipal) accounts.loadUserByUsername(key + "@example.org")).id();
    }

    private int stepsDone(long memberId, Skill skill) {
        return tracks.myTracks(memberId).stream()
                .filter(t -> skill.equals(t.track().skill()))
                .findFirst()
                .map(t -> t.progress().done())
                .orElse(0);
    }
}
