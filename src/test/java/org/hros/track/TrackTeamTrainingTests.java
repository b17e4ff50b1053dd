package org.hros.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.track.TrackTestScene.principal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.StatementCounter;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.hros.team.TeamTraining;
import org.hros.team.TeamTraining.MemberProgress;
import org.hros.team.TeamTraining.SharedReflection;
import org.hros.team.TeamTraining.StepProgress;
import org.hros.team.domain.TeamAssignments;
import org.hros.team.domain.TeamInvitations;
import org.hros.team.domain.TeamMembers;
import org.hros.team.domain.TeamService;
import org.hros.track.domain.Reflections;
import org.hros.track.domain.TrackLearning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The track module as the team module's source of training: real progress and reflections shared with a team.
 * Nothing here imports the team tests' in-memory stand-in, so the only {@link TeamTraining} is the track module's.
 */
class TrackTeamTrainingTests extends IntegrationTestBase {

    @Autowired
    TeamTraining training;

    @Autowired
    TrackSamples samples;

    @Autowired
    TrackProgress exercises;

    @Autowired
    TrackLearning learning;

    @Autowired
    Reflections reflections;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    TeamService teams;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    TeamMembers members;

    @Autowired
    TeamAssignments assignments;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations circleInvitations;

    Person author;
    Person editor;
    Person lead;
    Person ana;
    Person ben;
    String caseTitle;
    String slug;
    String otherExercise;
    String otherSlug;
    long team;

    @BeforeEach
    void aTeamOfTwoOnTwoPublishedTracks() throws InterruptedException {
        author = fixtures.member(MemberRole.MEMBER);
        editor = fixtures.member(MemberRole.EDITOR);
        lead = fixtures.member(MemberRole.MEMBER);
        ana = fixtures.member(MemberRole.MEMBER);
        ben = fixtures.member(MemberRole.MEMBER);
        caseTitle = "We lost a hire by silence " + author.id();
        long caseId = TrackTestScene.anonymousCase(authoring, reviews, author, editor, caseTitle);
        slug = samples.publishSample(
                editor.id(), TrackTestScene.command("Team reading " + author.id(), caseId, exercise()));
        otherExercise = exercise();
        otherSlug = samples.publishSample(
                editor.id(), TrackTestScene.command("Another reading " + author.id(), caseId, otherExercise));
        team = teams.create(lead.id(), "Team Alpha " + author.id(), "");
        join(team, lead, ana);
        join(team, lead, ben);
    }

    static String exercise() {
        return "practise-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Invites and joins; the invitation is looked for among the mails that arrive after it, whatever their order. */
    void join(long teamId, Person teamLead, Person member) throws InterruptedException {
        int before = TestMail.to(member.email(), 0).size();
        invitations.invite(teamId, teamLead.id(), member.email());
        Pattern invitation = Pattern.compile("/teams/invitations/[^\\s]+");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = TestMail.to(member.email(), before + 1);
            for (MimeMessage mail : mails.subList(Math.min(before, mails.size()), mails.size())) {
                Matcher link = invitation.matcher(TestMail.text(mail));
                if (link.find()) {
                    invitations.join(link.group().substring(link.group().lastIndexOf('/') + 1), member.id());
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No invitation arrived for " + member.email());
    }

    MockHttpServletResponse shareReflection(Person p, int position, String text, String share) throws Exception {
        return mvc.perform(post("/tracks/" + slug + "/steps/" + position + "/reflection")
                        .param("text", text)
                        .param("share", share)
                        .with(csrf())
                        .with(user(principal(p, MemberRole.MEMBER))))
                .andReturn()
                .getResponse();
    }

    String page(Person p, String path) throws Exception {
        return mvc.perform(get(path).with(user(principal(p, MemberRole.MEMBER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    List<String> texts(long teamId) {
        return training.reflectionsSharedWith(teamId, 20).stream()
                .map(SharedReflection::text)
                .toList();
    }

    @Test
    void publishedTracksAreAssignableByTitleWithTheirSkillsLabelAndStepCount() {
        List<TeamTraining.AssignableTrack> all = training.assignableTracks();
        List<String> slugs =
                all.stream().map(TeamTraining.AssignableTrack::slug).toList();
        assertThat(slugs).contains(slug, otherSlug);
        assertThat(slugs.indexOf(otherSlug)).as("Another… before Team…").isLessThan(slugs.indexOf(slug));
        assertThat(training.track(slug)).hasValueSatisfying(t -> {
            assertThat(t.title()).isEqualTo("Team reading " + author.id());
            assertThat(t.skill()).isEqualTo("Learning from failure");
            assertThat(t.steps()).isEqualTo(3);
        });
        assertThat(training.track("no-such-track-" + author.id())).isEmpty();
    }

    @Test
    void progressCountsEachMembersStepsNamesTheNextStepAndTellsWhenTheyFinished() throws Exception {
        learning.markDone(slug, 1, ana.id());
        learning.markDone(slug, 2, ana.id());
        learning.markDone(slug, 2, ben.id());
        learning.markDone(otherSlug, 1, ana.id());
        learning.markDone(otherSlug, 2, ana.id());
        Instant finished = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        exercises.recordExercisePassed(ana.id(), otherExercise, finished);

        long unknown = -ana.id();
        Map<Long, MemberProgress> onTrack =
                byMember(training.progress(slug, List.of(ana.id(), ben.id(), lead.id(), unknown)));
        assertThat(onTrack).as("an unknown member is left out").containsOnlyKeys(ana.id(), ben.id(), lead.id());

        MemberProgress anas = onTrack.get(ana.id());
        assertThat(anas.stepsDone()).isEqualTo(2);
        assertThat(anas.stepsTotal()).isEqualTo(3);
        assertThat(anas.nextStepTitle()).isEqualTo("Practise it");
        assertThat(anas.completedAt()).isNull();
        assertThat(anas.steps())
                .extracting(StepProgress::title)
                .containsExactly(caseTitle, "How to read it", "Practise it");
        assertThat(anas.steps()).extracting(StepProgress::done).containsExactly(true, true, false);

        MemberProgress bens = onTrack.get(ben.id());
        assertThat(bens.stepsDone()).isEqualTo(1);
        assertThat(bens.nextStepTitle()).as("a case step is titled by its case").isEqualTo(caseTitle);

        MemberProgress leads = onTrack.get(lead.id());
        assertThat(leads.stepsDone()).as("not started").isZero();
        assertThat(leads.steps()).noneMatch(StepProgress::done);

        MemberProgress completed =
                training.progress(otherSlug, List.of(ana.id())).get(0);
        assertThat(completed.stepsDone()).isEqualTo(3);
        assertThat(completed.completedAt()).isEqualTo(finished);
        assertThat(completed.nextStepTitle()).isNull();

        training.progress(slug, List.of(ana.id()));
        long forOne = StatementCounter.count(() -> training.progress(slug, List.of(ana.id())));
        long forThree = StatementCounter.count(() -> training.progress(slug, List.of(ana.id(), ben.id(), lead.id())));
        assertThat(forThree)
                .as("read for all members at once, not member by member")
                .isLessThanOrEqualTo(forOne);
    }

    static Map<Long, MemberProgress> byMember(List<MemberProgress> progress) {
        return progress.stream().collect(Collectors.toMap(MemberProgress::memberId, Function.identity()));
    }

    @Test
    void aTeamReflectionReachesThatTeamOnlyWhileItsWriterIsInItAndNeverOnTheStepPage() throws Exception {
        join(team, lead, author);
        long circle = circles.create(ana.id(), new CircleCommand("Ana's circle", "Failures.", 12, false, null));
        String link = circleInvitations.createLink(circle, ana.id(), 7);
        circleInvitations.join(link.substring(link.lastIndexOf('/') + 1), ben.id());
        Person otherLead = fixtures.member(MemberRole.MEMBER);
        long otherTeam = teams.create(otherLead.id(), "Team Beta " + author.id(), "");
        join(otherTeam, otherLead, ana);

        assertThat(page(ana, "/tracks/" + slug + "/steps/2")).contains("value=\"team:" + team + "\"");
        assertThat(shareReflection(ana, 2, "ANA-TEAM-THOUGHT", "team:" + team).getStatus())
                .isEqualTo(302);
        assertThat(shareReflection(ana, 1, "ANA-ON-THE-CASE", "team:" + team).getStatus())
                .isEqualTo(302);
        reflections.save(slug, 1, author.id(), "AUTHOR-ON-OWN-CASE", "team:" + team);
        reflections.save(slug, 2, author.id(), "AUTHOR-ON-THE-TEXT", "team:" + team);

        List<SharedReflection> shared = training.reflectionsSharedWith(team, 20);
        assertThat(shared)
                .extracting(SharedReflection::text)
                .contains("ANA-TEAM-THOUGHT", "ANA-ON-THE-CASE", "AUTHOR-ON-THE-TEXT")
                .as("the writer of an unnamed case never shows beside its step")
                .doesNotContain("AUTHOR-ON-OWN-CASE");
        SharedReflection anas = shared.stream()
                .filter(r -> r.text().equals("ANA-TEAM-THOUGHT"))
                .findFirst()
                .orElseThrow();
        assertThat(anas.memberId()).isEqualTo(ana.id());
        assertThat(anas.trackSlug()).isEqualTo(slug);
        assertThat(anas.stepTitle()).isEqualTo("How to read it");
        assertThat(shared.stream().filter(r -> r.text().equals("ANA-ON-THE-CASE")))
                .extracting(SharedReflection::stepTitle)
                .containsExactly(caseTitle);
        assertThat(shared)
                .extracting(SharedReflection::sharedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(training.reflectionsSharedWith(team, 1)).hasSize(1);
        assertThat(texts(otherTeam)).as("another team Ana is in").isEmpty();

        String step = "/tracks/" + slug + "/steps/2";
        assertThat(page(ana, step))
                .as("the writer's own form keeps the team chosen")
                .contains("value=\"team:" + team + "\" checked");
        assertThat(page(ben, step))
                .as("a circle and team mate does not read it on the step")
                .doesNotContain("ANA-TEAM-THOUGHT");

        members.leave(team, ana.id());
        assertThat(texts(team))
                .doesNotContain("ANA-TEAM-THOUGHT", "ANA-ON-THE-CASE")
                .contains("AUTHOR-ON-THE-TEXT");
    }

    @Test
    void sharingWithATeamOneIsNotInIsRefusedWithTheFieldsMessage() throws Exception {
        Person otherLead = fixtures.member(MemberRole.MEMBER);
        long notMine = teams.create(otherLead.id(), "Team Gamma " + author.id(), "");
        for (String share : new String[] {"team:" + notMine, "team:x", "team:", "team:-1"}) {
            MockHttpServletResponse response = shareReflection(ana, 2, "SNEAKY-" + ana.id(), share);
            assertThat(response.getStatus()).as(share).isEqualTo(400);
            assertThat(response.getContentAsString())
                    .as(share)
                    .contains("Choose only you, one of your circles or one of your teams.");
        }
        assertThat(texts(notMine)).isEmpty();
        assertThat(page(ana, "/tracks/" + slug + "/steps/2"))
                .as("nothing was saved")
                .doesNotContain("SNEAKY-");
    }

    @Test
    void theLeadsDashboardShowsRealProgressAndTheSharedReflection() throws Exception {
        assignments.assign(
                team,
                lead.id(),
                slug,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7));
        learning.markDone(slug, 1, ana.id());
        learning.markDone(slug, 2, ana.id());
        assertThat(shareReflection(ana, 2, "DASHBOARD-THOUGHT-" + ana.id(), "team:" + team)
                        .getStatus())
                .isEqualTo(302);

        String dashboard = page(lead, "/teams/" + team + "/dashboard");
        assertThat(dashboard)
                .contains("Team reading " + author.id(), ana.name(), ben.name())
                .contains("2 of 3 steps", "Practise it", "0 of 3 steps", caseTitle)
                .contains("DASHBOARD-THOUGHT-" + ana.id());
    }
}
