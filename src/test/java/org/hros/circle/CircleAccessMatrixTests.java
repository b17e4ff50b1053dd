package org.hros.circle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleMembers;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every circle page and API path, collected from the controllers' request mappings so that new ones are covered
 * without editing this test, answers a logged-out visitor, a member of another circle and a removed member with
 * 404 and exactly the body a circle that does not exist gives. A member of the circle gets past the gate on each
 * of them, which shows the paths were filled in correctly.
 */
class CircleAccessMatrixTests extends IntegrationTestBase {

    /** The circle paths that name no circle: one's own list, creating one, and invitation landings. */
    static final Set<String> NOT_ABOUT_ONE_CIRCLE = Set.of(
            "/circles",
            "/circles/new",
            "/circles/invitations/{token}",
            "/circles/invitations/{token}/join",
            "/api/v1/circles");

    static final long MISSING = 987_654_321L;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    @Autowired
    CircleService circles;

    @Autowired
    CircleMembers members;

    @Autowired
    CircleInvitations invitations;

    record Endpoint(HttpMethod method, String pattern) {}

    static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    List<Endpoint> circleEndpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            var handler = (org.springframework.web.method.HandlerMethod) e.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.hros.circle")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    found.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
                }
            }
        }
        // "leave" last: the member's baseline check really leaves.
        found.sort(Comparator.comparing((Endpoint x) -> x.pattern().endsWith("/leave"))
                .thenComparing(Endpoint::pattern)
                .thenComparing(x -> x.method().name()));
        return found;
    }

    @Test
    void everyCirclePathAnswersOutsidersAsIfTheCircleDidNotExist() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        Person member = fixtures.member(MemberRole.MEMBER);
        Person removed = fixtures.member(MemberRole.MEMBER);
        Person stranger = fixtures.member(MemberRole.MEMBER);
        long circle = circles.create(
                facilitator.id(), new CircleCommand("Offer clinic", "When offers go wrong.", 12, false, null));
        String link = invitations.createLink(circle, facilitator.id(), 7);
        String token = link.substring(link.lastIndexOf('/') + 1);
        invitations.join(token, member.id());
        invitations.join(token, removed.id());
        members.remove(circle, facilitator.id(), removed.id());
        long thread = circles.openClinic(
                circle, member.id(), "A reneged offer", "We pulled an offer after the person resigned.", false);
        long otherCircle =
                circles.create(stranger.id(), new CircleCommand("Another circle", "Somewhere else.", 12, false, null));
        long invitationId =
                members.members(circle, facilitator.id()).invitations().get(0).id();

        List<Endpoint> endpoints = circleEndpoints();
        Set<String> patterns = new TreeSet<>();
        endpoints.forEach(e -> patterns.add(e.pattern()));
        assertThat(patterns).as("circle pages and API paths found").hasSizeGreaterThan(15);
        assertThat(patterns)
                .as("every circle path names its circle, or is a known exception")
                .allMatch(p -> p.contains("{circleId") || NOT_ABOUT_ONE_CIRCLE.contains(p));
        assertThat(patterns)
                .contains("/api/v1/circles/{circleId:\\d+}", "/circles/{circleId:\\d+}/threads/{threadId:\\d+}");

        int checked = 0;
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.pattern().contains("{circleId")) {
                continue;
            }
            String real = fill(endpoint.pattern(), circle, thread, facilitator.id(), invitationId);
            String missing = fill(endpoint.pattern(), MISSING, thread, facilitator.id(), invitationId);
            for (String who : List.of("logged-out", "other circle", "removed")) {
                MemberPrincipal viewer = switch (who) {
                    case "other circle" -> principal(stranger);
                    case "removed" -> principal(removed);
                    default -> null;
                };
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
                        .isEqualTo(normalise(nothing, missing));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);

        // Through the real servlet container too, where error pages are rendered by the error dispatch: a logged-out
        // visitor gets the same 404 page or problem document for the circle as for no circle at all.
        HttpClient http = HttpClient.newHttpClient();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.pattern().contains("{circleId") || endpoint.method() != HttpMethod.GET) {
                continue;
            }
            String real = fill(endpoint.pattern(), circle, thread, facilitator.id(), invitationId);
            String missing = fill(endpoint.pattern(), MISSING, thread, facilitator.id(), invitationId);
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + real))
                            .header("Accept", real.startsWith("/api/") ? "application/json" : "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> nothing = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + missing))
                            .header("Accept", real.startsWith("/api/") ? "application/json" : "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("GET %s over HTTP", real).isEqualTo(404);
            assertThat(answer.body().replace(real, "PATH"))
                    .as("GET %s over HTTP", real)
                    .isEqualTo(nothing.body().replace(missing, "PATH"))
                    .doesNotContain("Offer clinic", "A reneged offer");
        }
        assertThat(otherCircle).isNotEqualTo(circle);

        // The same paths let a member of the circle through the gate (a plain member: facilitator actions say 403).
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.pattern().contains("{circleId")) {
                continue;
            }
            String real = fill(endpoint.pattern(), circle, thread, facilitator.id(), invitationId);
            assertThat(perform(endpoint.method(), real, principal(member)).getStatus())
                    .as("%s %s for a member", endpoint.method(), real)
                    .isNotEqualTo(404)
                    .isLessThan(500);
        }
    }

    static String fill(String pattern, long circle, long thread, long memberId, long invitationId) {
        return pattern.replace("{circleId:\\d+}", String.valueOf(circle))
                .replace("{threadId:\\d+}", String.valueOf(thread))
                .replace("{memberId:\\d+}", String.valueOf(memberId))
                .replace("{invitationId:\\d+}", String.valueOf(invitationId));
    }

    MockHttpServletResponse perform(HttpMethod method, String path, MemberPrincipal viewer) throws Exception {
        MockHttpServletRequestBuilder request;
        if (method == HttpMethod.GET) {
            request = get(path).accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        } else if (path.startsWith("/api/")) {
            request = request(method, path)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"A title here\",\"body\":\"Some text\",\"text\":\"A check-in\"}");
        } else {
            request = post(path)
                    .with(csrf())
                    .accept(MediaType.TEXT_HTML)
                    .param("title", "A title here")
                    .param("body", "Some text")
                    .param("text", "A check-in")
                    .param("email", "someone@test.example")
                    .param("days", "3")
                    .param("name", "A circle name")
                    .param("purpose", "A purpose")
                    .param("sizeLimit", "12");
        }
        if (viewer != null) {
            request = request.with(user(viewer));
        }
        var result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        if (response.getStatus() >= 400 && response.getForwardedUrl() == null && response.getErrorMessage() != null
                || response.getStatus() >= 400 && response.getContentAsString().isEmpty()) {
            // MockMvc does not run the container's error dispatch: render the error page the way the container would.
            return errorPage(response.getStatus(), path, viewer);
        }
        return response;
    }

    /** The error page or problem document the container would produce for {@code status}. */
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
