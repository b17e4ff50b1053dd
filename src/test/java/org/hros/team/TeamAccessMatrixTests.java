package org.hros.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.hros.team.domain.TeamAssignments;
import org.hros.team.domain.TeamInvitations;
import org.hros.team.domain.TeamMembers;
import org.hros.team.domain.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what in a team. Every team page and API path, collected from the request mappings so that new ones
 * are covered without editing this test, answers a logged-out visitor, a member of another team, a removed member
 * and an administrator with 404 and exactly the body a team that does not exist gives. Members see the team; the
 * dashboard, export, progress API and every lead's action answer them 403; the lead gets through.
 */
@Import(InMemoryTraining.class)
class TeamAccessMatrixTests extends IntegrationTestBase {

    static final Set<String> NOT_ABOUT_ONE_TEAM = Set.of(
            "/teams", "/teams/new", "/teams/invitations/{token}", "/teams/invitations/{token}/join", "/api/v1/teams");

    static final long MISSING = 987_654_321L;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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

    record Endpoint(HttpMethod method, String pattern) {}

    static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    List<Endpoint> teamEndpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.hros.team")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    found.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
                }
            }
        }
        // Leaving and removing last: the member's and lead's checks really do them.
        found.sort((a, b) -> Boolean.compare(destructive(a), destructive(b)));
        return found;
    }

    static boolean destructive(Endpoint e) {
        return e.method() == HttpMethod.POST
                && (e.pattern().endsWith("/leave") || e.pattern().endsWith("/remove"));
    }

    @Test
    void outsidersGetTheAnswerOfATeamThatDoesNotExistEverywhere() throws Exception {
        Scene s = scene();
        List<Endpoint> endpoints = teamEndpoints();
        Set<String> patterns = new TreeSet<>();
        endpoints.forEach(e -> patterns.add(e.pattern()));
        assertThat(patterns).hasSizeGreaterThan(12);
        assertThat(patterns)
                .as("every team path names its team, or is a known exception")
                .allMatch(p -> p.contains("{teamId") || NOT_ABOUT_ONE_TEAM.contains(p));
        assertThat(patterns)
                .contains(
                        "/teams/{teamId:\\d+}/dashboard",
                        "/teams/{teamId:\\d+}/progress.csv",
                        "/api/v1/teams/{teamId:\\d+}/progress");

        int checked = 0;
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.pattern().contains("{teamId")) {
                continue;
            }
            String real = fill(endpoint.pattern(), s.team, s);
            String missing = fill(endpoint.pattern(), MISSING, s);
            for (MemberPrincipal viewer : new MemberPrincipal[] {
                null,
                principal(s.stranger, MemberRole.MEMBER),
                principal(s.removed, MemberRole.MEMBER),
                principal(s.admin, MemberRole.ADMIN)
            }) {
                String who = viewer == null ? "logged out" : "member " + viewer.id();
                MockHttpServletResponse answer = perform(endpoint.method(), real, viewer);
                MockHttpServletResponse nothing = perform(endpoint.method(), missing, viewer);
                assertThat(answer.getStatus())
                        .as("%s %s for %s", endpoint.method(), real, who)
                        .isEqualTo(404);
                assertThat(nothing.getStatus())
                        .as("%s %s", endpoint.method(), missing)
                        .isEqualTo(404);
                assertThat(normalise(answer, real))
                        .as("body of %s %s for %s", endpoint.method(), real, who)
                        .isEqualTo(normalise(nothing, missing))
                        .doesNotContain("Matrix team", s.lead.name());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(members.isMember(s.team, s.member.id()))
                .as("nothing outsiders did changed the team")
                .isTrue();
    }

    @Test
    void membersSeeTheTeamButOnlyLeadsSeeTheDashboardAndAct() throws Exception {
        Scene s = scene();
        MemberPrincipal member = principal(s.member, MemberRole.MEMBER);
        MemberPrincipal lead = principal(s.lead, MemberRole.MEMBER);
        for (String path : List.of("/teams/" + s.team, "/api/v1/teams/" + s.team)) {
            assertThat(perform(HttpMethod.GET, path, member).getStatus())
                    .as(path)
                    .isEqualTo(200);
            assertThat(perform(HttpMethod.GET, path, lead).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(perform(HttpMethod.GET, "/api/v1/teams", member).getContentAsString())
                .contains("Matrix team");
        List<Endpoint> leadOnly = List.of(
                new Endpoint(HttpMethod.GET, "/teams/{teamId:\\d+}/dashboard"),
                new Endpoint(HttpMethod.GET, "/teams/{teamId:\\d+}/progress.csv"),
                new Endpoint(HttpMethod.GET, "/api/v1/teams/{teamId:\\d+}/progress"),
                new Endpoint(HttpMethod.GET, "/teams/{teamId:\\d+}/assignments/new"),
                new Endpoint(HttpMethod.POST, "/teams/{teamId:\\d+}/assignments"),
                new Endpoint(HttpMethod.GET, "/teams/{teamId:\\d+}/assignments/{assignmentId:\\d+}/edit"),
                new Endpoint(HttpMethod.POST, "/teams/{teamId:\\d+}/invitations"),
                new Endpoint(HttpMethod.POST, "/teams/{teamId:\\d+}/invitations/{invitationId:\\d+}/revoke"),
                new Endpoint(HttpMethod.POST, "/teams/{teamId:\\d+}/members/{memberId:\\d+}/remove"),
                new Endpoint(HttpMethod.POST, "/teams/{teamId:\\d+}/assignments/{assignmentId:\\d+}/remove"));
        for (Endpoint e : leadOnly) {
            String path = fill(e.pattern(), s.team, s);
            assertThat(perform(e.method(), path, member).getStatus())
                    .as("%s %s for a member", e.method(), path)
                    .isEqualTo(403);
        }
        assertThat(members.isMember(s.team, s.other.id())).isTrue();
        for (Endpoint e : leadOnly) {
            String path = fill(e.pattern(), s.team, s);
            assertThat(perform(e.method(), path, lead).getStatus())
                    .as("%s %s for the lead", e.method(), path)
                    .isBetween(200, 399);
        }
        assertThat(members.isMember(s.team, s.other.id()))
                .as("the lead removed them")
                .isFalse();
        assertThat(perform(HttpMethod.GET, "/api/v1/teams/" + s.team + "/progress", lead)
                        .getContentAsString())
                .contains("\"trainingAvailable\":true", "Matrix extra");
    }

    record Scene(
            long team,
            Person lead,
            Person member,
            Person other,
            Person removed,
            Person stranger,
            Person admin,
            long assignment,
            long invitation) {}

    Scene scene() {
        training.track("matrix-track", "Matrix track", "Step one", "Step two");
        training.track("matrix-extra", "Matrix extra", "Only step");
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person member = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        Person removed = fixtures.member(MemberRole.MEMBER);
        Person stranger = fixtures.member(MemberRole.MEMBER);
        Person admin = fixtures.member(MemberRole.ADMIN);
        long team = teams.create(lead.id(), "Matrix team", "Who may see what");
        teams.create(stranger.id(), "Another team", "");
        for (Person p : List.of(member, other, removed)) {
            invitations.invite(team, lead.id(), p.email());
            String link = TestMail.link(p.email(), "/teams/invitations/");
            invitations.join(link.substring(link.lastIndexOf('/') + 1), p.id());
        }
        members.remove(team, lead.id(), removed.id());
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(9);
        long assignment = assignments.assign(team, lead.id(), "matrix-track", due);
        long invitation = invitations.invite(team, lead.id(), "pending-" + team + "@test.example");
        return new Scene(team, lead, member, other, removed, stranger, admin, assignment, invitation);
    }

    static String fill(String pattern, long team, Scene s) {
        return pattern.replace("{teamId:\\d+}", String.valueOf(team))
                .replace("{memberId:\\d+}", String.valueOf(s.other().id()))
                .replace("{assignmentId:\\d+}", String.valueOf(s.assignment()))
                .replace("{invitationId:\\d+}", String.valueOf(s.invitation()));
    }

    MockHttpServletResponse perform(HttpMethod method, String path, MemberPrincipal viewer) throws Exception {
        boolean api = path.startsWith("/api/");
        MockHttpServletRequestBuilder request;
        if (method == HttpMethod.GET) {
            request = get(path).accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        } else if (api) {
            request = request(method, path)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .content("{}");
        } else {
            String due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                    .plusDays(20)
                    .toString();
            request = post(path)
                    .with(csrf())
                    .accept(MediaType.TEXT_HTML)
                    .param("name", "A team name")
                    .param("purpose", "A purpose")
                    .param("email", "someone@test.example")
                    .param("track", "matrix-extra")
                    .param("dueOn", due)
                    .param("coLead", "true");
        }
        if (viewer != null) {
            request = request.with(user(viewer));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() >= 400 && response.getContentAsString().isEmpty()) {
            return errorPage(response.getStatus(), path, viewer);
        }
        return response;
    }

    /** The error page or problem document the container would produce: MockMvc does not run its error dispatch. */
    MockHttpServletResponse errorPage(int status, String path, MemberPrincipal viewer) throws Exception {
        MockHttpServletRequestBuilder error = get("/error")
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, path)
                .accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (viewer != null) {
            error = error.with(user(viewer));
        }
        MockHttpServletResponse response = mvc.perform(error).andReturn().getResponse();
        response.setStatus(status);
        return response;
    }

    static String normalise(MockHttpServletResponse response, String path) throws Exception {
        return response.getContentAsString()
                .replace(path, "PATH")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"TOKEN\"");
    }
}
