package org.hros.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.hros.team.domain.TeamAssignments;
import org.hros.team.domain.TeamInvitations;
import org.hros.team.domain.TeamMembers;
import org.hros.team.domain.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/** Teams, invitations and assignments, through the pages and the services. */
@Import(InMemoryTraining.class)
class TeamTests extends IntegrationTestBase {

    @Autowired
    TeamService teams;

    @Autowired
    TeamMembers members;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    TeamAssignments assignments;

    @Autowired
    InMemoryTraining training;

    static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void aMemberStartsATeamLeadsItAndSeesItsMembers() throws Exception {
        Person lead = fixtures.member(MemberRole.MEMBER);
        String location = mvc.perform(post("/teams")
                        .with(user(principal(lead)))
                        .with(csrf())
                        .param("name", "Careers site crew")
                        .param("purpose", "This quarter: careers-site HTML"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/teams/\\d+");
        String page = mvc.perform(get(location).with(user(principal(lead))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Careers site crew", lead.name(), "Lead", "Invite someone", "Dashboard");
        assertThat(mvc.perform(get("/teams").with(user(principal(lead))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Careers site crew");
    }

    @Test
    void aTeamWithoutANameIsRefusedWithTheFieldsMessage() throws Exception {
        Person lead = fixtures.member(MemberRole.MEMBER);
        var response = mvc.perform(post("/teams")
                        .with(user(principal(lead)))
                        .with(csrf())
                        .param("name", "  ")
                        .param("purpose", "x".repeat(501)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("Give the team a name of up to 80 characters.", "Keep the purpose under 500 characters.");
    }

    @Test
    void anInvitationIsMailedWorksOnceAndShowsTheTeamOnlyToItsHolder() throws Exception {
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person invitee = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Copy clinic", "Job-ad copywriting");
        invitations.invite(team, lead.id(), invitee.email());
        String link = TestMail.link(invitee.email(), "/teams/invitations/");
        assertThat(TestMail.text(TestMail.to(invitee.email(), 1).get(0))).doesNotContain(lead.name());

        String anonymousLanding =
                mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(anonymousLanding).contains("Copy clinic", "Log in to join").doesNotContain(lead.name());
        assertThat(mvc.perform(get(link + "/join")).andReturn().getResponse().getStatus())
                .as("joining needs a log-in")
                .isEqualTo(302);

        String joined = mvc.perform(post(link).with(user(principal(invitee))).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(joined).isEqualTo("/teams/" + team);
        assertThat(members.isMember(team, invitee.id())).isTrue();

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus())
                .as("a used link")
                .isEqualTo(404);
        assertThat(mvc.perform(post(link).with(user(principal(other))).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(members.isMember(team, other.id())).isFalse();
    }

    @Test
    void anInvitationExpiresAfterFourteenDaysAndCanBeRevoked() throws Exception {
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person late = fixtures.member(MemberRole.MEMBER);
        Person revoked = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Sourcing squad", "");
        invitations.invite(team, lead.id(), late.email());
        String lateLink = TestMail.link(late.email(), "/teams/invitations/");
        long revokedId = invitations.invite(team, lead.id(), revoked.email());
        String revokedLink = TestMail.link(revoked.email(), "/teams/invitations/");

        clock.advance(Duration.ofDays(13));
        assertThat(mvc.perform(get(lateLink)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        mvc.perform(post("/teams/" + team + "/invitations/" + revokedId + "/revoke")
                .with(user(principal(lead)))
                .with(csrf()));
        assertThat(mvc.perform(get(revokedLink)).andReturn().getResponse().getStatus())
                .as("a revoked link")
                .isEqualTo(404);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(mvc.perform(get(lateLink)).andReturn().getResponse().getStatus())
                .as("an expired link")
                .isEqualTo(404);
        String token = lateLink.substring(lateLink.lastIndexOf('/') + 1);
        assertThatThrownBy(() -> invitations.join(token, late.id())).isInstanceOf(NotFoundException.class);
        assertThat(members.isMember(team, late.id())).isFalse();
    }

    @Test
    void anInvitationToAnInvalidAddressIsRefusedOnThePage() throws Exception {
        Person lead = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Address checkers", "");
        var response = mvc.perform(post("/teams/" + team + "/invitations")
                        .with(user(principal(lead)))
                        .with(csrf())
                        .param("email", "not an address"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Enter an e-mail address such as name@example.com.");
    }

    @Test
    void aLeadRemovesAMemberAfterConfirmingAndAMemberCanLeave() throws Exception {
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person removed = fixtures.member(MemberRole.MEMBER);
        Person leaver = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Onboarding owls", "");
        join(team, lead, removed);
        join(team, lead, leaver);

        String confirm = mvc.perform(get("/teams/" + team + "/members/" + removed.id() + "/remove")
                        .with(user(principal(lead))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirm).contains("Remove this member from the team?", removed.name());
        assertThat(members.isMember(team, removed.id()))
                .as("asking changes nothing")
                .isTrue();
        mvc.perform(post("/teams/" + team + "/members/" + removed.id() + "/remove")
                .with(user(principal(lead)))
                .with(csrf()));
        assertThat(members.isMember(team, removed.id())).isFalse();
        assertThat(mvc.perform(get("/teams/" + team).with(user(principal(removed))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        mvc.perform(
                post("/teams/" + team + "/leave").with(user(principal(leaver))).with(csrf()));
        assertThat(members.isMember(team, leaver.id())).isFalse();

        assertThat(members.leave(team, lead.id()))
                .as("the lead is alone now: leaving deletes the team")
                .isEqualTo(TeamMembers.Departure.TEAM_DELETED);
        assertThat(members.teamsOf(lead.id())).isEmpty();
    }

    @Test
    void theLeadNamesACoLeadWhoTakesOverWhenTheLeadLeaves() {
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person co = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Hand-over team", "");
        join(team, lead, co);
        assertThatThrownBy(() -> members.leave(team, lead.id()))
                .isInstanceOf(FieldErrorsException.class)
                .as("a lead with nobody to take over names a co-lead first");
        assertThatThrownBy(() -> members.setCoLead(team, co.id(), co.id(), true))
                .as("only the lead names co-leads");
        members.setCoLead(team, lead.id(), co.id(), true);
        assertThat(teams.page(team, co.id()).leading()).isTrue();
        members.leave(team, lead.id());
        assertThat(teams.page(team, co.id()).theLead()).isTrue();
    }

    @Test
    void assignmentsNeedAPublishedTrackAndADueDateNotInThePast() throws Exception {
        training.track(
                "careers-html", "Careers-site HTML", "Semantic headings", "Accessible forms", "Job posting schema");
        Person lead = fixtures.member(MemberRole.MEMBER);
        long team = teams.create(lead.id(), "Assignment checkers", "");

        var past = assign(lead, team, "careers-html", today().minusDays(1).toString());
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(past.getContentAsString()).contains("The due date cannot be in the past.");
        var unknown = assign(lead, team, "no-such-track", today().plusDays(5).toString());
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("Choose one of the published tracks.");
        var garbage = assign(lead, team, "careers-html", "next tuesday");
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(garbage.getContentAsString()).contains("Give the due date as a date");
        var missing = assign(lead, team, "careers-html", "");
        assertThat(missing.getContentAsString()).contains("Give a due date.");

        var today = assign(lead, team, "careers-html", today().toString());
        assertThat(today.getStatus()).isEqualTo(302);
        var twice = assign(lead, team, "careers-html", today().plusDays(3).toString());
        assertThat(twice.getContentAsString()).contains("already assigned");

        long id = assignments.all(team, lead.id()).get(0).id();
        var moved = mvc.perform(post("/teams/" + team + "/assignments/" + id)
                        .with(user(principal(lead)))
                        .with(csrf())
                        .param("dueOn", today().minusDays(2).toString()))
                .andReturn()
                .getResponse();
        assertThat(moved.getStatus()).isEqualTo(400);
        mvc.perform(post("/teams/" + team + "/assignments/" + id)
                .with(user(principal(lead)))
                .with(csrf())
                .param("dueOn", today().plusDays(30).toString()));
        assertThat(assignments.all(team, lead.id()).get(0).dueOn()).isEqualTo(today().plusDays(30));

        String teamPage = mvc.perform(get("/teams/" + team).with(user(principal(lead))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(teamPage).contains("Careers-site HTML", "0 of 3 steps", "Next: Semantic headings");

        mvc.perform(post("/teams/" + team + "/assignments/" + id + "/remove")
                .with(user(principal(lead)))
                .with(csrf()));
        assertThat(assignments.all(team, lead.id())).isEmpty();
    }

    @Test
    void teamDataNeverAppearsInThePublicSearchOrFeeds() throws Exception {
        Person lead = fixtures.member(MemberRole.MEMBER);
        String name = "Qwertyzon private team";
        teams.create(lead.id(), name, "Purpose Plumbaxite never public");
        // A search page repeats what was typed: each search looks for one word and must not find the other.
        Map<String, String> outputs = Map.of(
                "/search?q=Qwertyzon", "Plumbaxite",
                "/api/v1/search?q=Qwertyzon", "Plumbaxite",
                "/search?q=Plumbaxite", "Qwertyzon",
                "/api/v1/search?q=Plumbaxite", "Qwertyzon",
                "/cases.atom", "Qwertyzon",
                "/requests.atom", "Qwertyzon",
                "/sitemap.xml", "Qwertyzon");
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            String body = mvc.perform(get(output.getKey()).accept(MediaType.ALL))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(output.getKey()).doesNotContain(output.getValue(), "Qwertyzon private team");
        }
        String searchAsMember = mvc.perform(get("/search?q=Plumbaxite").with(user(principal(lead))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(searchAsMember).as("not even for its own lead").doesNotContain("Qwertyzon");
    }

    org.springframework.mock.web.MockHttpServletResponse assign(Person lead, long team, String track, String due)
            throws Exception {
        return mvc.perform(post("/teams/" + team + "/assignments")
                        .with(user(principal(lead)))
                        .with(csrf())
                        .param("track", track)
                        .param("dueOn", due))
                .andReturn()
                .getResponse();
    }

    void join(long team, Person lead, Person member) {
        invitations.invite(team, lead.id(), member.email());
        String link = TestMail.link(member.email(), "/teams/invitations/");
        invitations.join(link.substring(link.lastIndexOf('/') + 1), member.id());
    }
}
