package org.hros.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every admin page and form, collected from the controllers' request mappings so that new ones are covered without
 * editing this test, and every operations endpoint: a visitor is sent to log in (machines get 401), a member and an
 * editor get 403, and an admin gets through. Only health stays open, for probes. Paths under {@code /admin/webhooks/}
 * name a webhook the test registers, paths under {@code /admin/vocabulary/} the topic list and its word
 * {@code sourcing}; all others a member.
 */
class AdminAccessMatrixTests extends IntegrationTestBase {

    /** Operations endpoints: exposed ones, the actuator's index, and one that is not exposed at all. */
    static final List<String> OPERATIONS =
            List.of("/actuator", "/actuator/prometheus", "/actuator/info", "/actuator/env", "/actuator/metrics");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path) {}

    @Autowired
    org.hros.webhook.domain.Webhooks webhooks;

    List<Endpoint> adminEndpoints(long memberId) {
        return adminEndpoints(memberId, memberId);
    }

    List<Endpoint> adminEndpoints(long memberId, long webhookId) {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")) {
                    continue;
                }
                long id = pattern.startsWith("/admin/webhooks/") ? webhookId : memberId;
                // Vocabulary pages name a list and one of its words.
                String named = pattern.replace("{kind}", "topic").replace("{slug}", "sourcing");
                String path = named.replaceAll("\\{[^}]+}", Long.toString(id));
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    found.add(new Endpoint(HttpMethod.valueOf(m.name()), path));
                }
            }
        }
        return found;
    }

    @Test
    void everyAdminPathSendsVisitorsToLogInAndRefusesMembersAndEditors() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        long webhook = webhooks.create(
                        admin.id(),
                        new org.hros.webhook.domain.WebhookCommand(
                                "https://hooks.example.org/hros",
                                "Access matrix",
                                java.util.Set.of(org.hros.webhook.domain.WebhookEventType.SESSION_SCHEDULED)))
                .id();
        List<Endpoint> endpoints = adminEndpoints(member.id(), webhook);
        Set<String> paths = new TreeSet<>();
        endpoints.forEach(e -> paths.add(e.method() + " " + e.path()));
        assertThat(paths)
                .as("admin paths found")
                .contains(
                        "GET /admin",
                        "GET /admin/members",
                        "GET /admin/members/" + member.id(),
                        "POST /admin/members/" + member.id() + "/role",
                        "POST /admin/members/" + member.id() + "/suspend",
                        "GET /admin/audit",
                        "GET /admin/search",
                        "GET /admin/webhooks",
                        "GET /admin/webhooks/" + webhook,
                        "POST /admin/webhooks/" + webhook + "/pause",
                        "POST /admin/webhooks/" + webhook + "/delete",
                        "GET /admin/vocabulary/topic",
                        "GET /admin/vocabulary/topic/sourcing/merge",
                        "POST /admin/vocabulary/topic/sourcing/merge");

        for (Endpoint e : endpoints) {
            MockHttpServletResponse anonymous = perform(e, null);
            assertThat(anonymous.getStatus()).as("visitor, " + e).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as("visitor, " + e).endsWith("/login");
            assertThat(perform(e, principal(member, MemberRole.MEMBER)).getStatus())
                    .as("member, " + e)
                    .isEqualTo(403);
            assertThat(perform(e, principal(editor, MemberRole.EDITOR)).getStatus())
                    .as("editor, " + e)
                    .isEqualTo(403);
            if (e.method() == HttpMethod.GET) {
                assertThat(perform(e, principal(admin, MemberRole.ADMIN)).getStatus())
                        .as("admin, " + e)
                        .isEqualTo(200);
            }
        }
        webhooks.delete(admin.id(), webhook);
    }

    @Test
    void operationsEndpointsAreForAdminsOnlyAndHealthStaysOpenForProbes() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String adminToken = fixtures.token(admin);
        String editorToken = fixtures.token(editor);
        for (String path : OPERATIONS) {
            Endpoint e = new Endpoint(HttpMethod.GET, path);
            MockHttpServletResponse anonymous = perform(e, null);
            assertThat(anonymous.getStatus()).as("visitor, " + path).isEqualTo(401);
            assertThat(anonymous.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(perform(e, principal(editor, MemberRole.EDITOR)).getStatus())
                    .as("editor, " + path)
                    .isEqualTo(403);
            assertThat(mvc.perform(request(HttpMethod.GET, path).header("Authorization", "Bearer " + editorToken))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("editor's token, " + path)
                    .isEqualTo(403);
        }
        // An admin's access token is how a Prometheus server scrapes.
        MockHttpServletResponse metrics = mvc.perform(
                        request(HttpMethod.GET, "/actuator/prometheus").header("Authorization", "Bearer " + adminToken))
                .andReturn()
                .getResponse();
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes");
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse perform(Endpoint e, MemberPrincipal who) throws Exception {
        MockHttpServletRequestBuilder request = request(e.method(), e.path()).accept(MediaType.TEXT_HTML);
        if (e.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        if (who != null) {
            request.with(user(who));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }
}
