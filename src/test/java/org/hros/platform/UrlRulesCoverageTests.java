package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every address HROS answers (each controller mapping with each of its methods, the actuator's endpoints and every
 * static file) is claimed by exactly one module's {@link ModuleUrlRules}: the module that serves it, or the platform
 * for what no module serves. A route nobody declares, or two modules declare, fails with the route and the modules.
 */
class UrlRulesCoverageTests extends IntegrationTestBase {

    /** Methods a mapping without a method condition is checked with. */
    static final List<String> ANY_METHOD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Autowired
    ApplicationContext context;

    @Autowired
    List<ModuleUrlRules> urlRules;

    /** Swagger UI has its own filter chain; its addresses never reach the application's rules. */
    @Autowired
    @Qualifier("swaggerUi")
    SecurityFilterChain swaggerUi;

    /** One address to check: how it is mapped, a request path that the mapping answers, and who serves it. */
    record Route(String method, String pattern, String path, String servedBy) {

        @Override
        public String toString() {
            return method + " " + pattern + (pattern.equals(path) ? "" : " (as " + path + ")");
        }
    }

    @Test
    void everyRouteIsClaimedByExactlyOneModuleTheOneThatServesIt() throws IOException {
        List<Route> routes = routes();
        Set<String> seen = new TreeSet<>();
        routes.forEach(r -> seen.add(r.method() + " " + r.pattern()));
        assertThat(seen)
                .as("routes found")
                .hasSizeGreaterThan(300)
                .contains(
                        "GET /circles",
                        "POST /review/{id}/publish",
                        "GET /cases/topics/{topic}.atom",
                        "GET /actuator/prometheus",
                        "GET /css/hros.css",
                        "DELETE /api/v1/admin/webhooks/{id}");
        assertThat(problems(urlRules, routes))
                .as("routes not claimed by exactly the module that serves them")
                .isEmpty();
    }

    @Test
    void aRouteThatTwoModulesOrNoneClaimIsNamedWithTheModules() {
        ModuleUrlRules library = rules("casestudy", UrlRule.anyone(HttpMethod.GET, "/cases/*"));
        ModuleUrlRules feeds = rules("feed", UrlRule.anyone(HttpMethod.GET, "/cases/failures.atom"));
        List<Route> routes = List.of(
                new Route("GET", "/cases/failures.atom", "/cases/failures.atom", "feed"),
                new Route("GET", "/cases/{id}", "/cases/1", "casestudy"),
                new Route("POST", "/cases/{id}", "/cases/1", "casestudy"),
                new Route("GET", "/cases/preview", "/cases/preview", "review"));

        assertThat(problems(List.of(library, feeds), routes))
                .containsExactly(
                        "GET /cases/failures.atom is claimed by casestudy, feed",
                        "POST /cases/{id} (as /cases/1) is claimed by no module (served by casestudy)",
                        "GET /cases/preview is served by review but claimed by casestudy");
    }

    @Test
    void postsWithoutACsrfTokenArePostsToRoutesTheDeclaringModuleServes() throws IOException {
        List<Route> routes = routes();
        List<String> tokenless = new ArrayList<>();
        for (ModuleUrlRules rules : urlRules) {
            for (UrlRule rule : rules.postsWithoutCsrfToken()) {
                tokenless.add(rules.module() + " " + rule.method() + " " + rule.patterns());
                assertThat(rule.method())
                        .as("%s: only posts go without a token", rule)
                        .isEqualTo(HttpMethod.POST);
                List<Route> matched = routes.stream()
                        .filter(r -> rule.matcher().matches(new MockHttpServletRequest(r.method(), r.path())))
                        .toList();
                assertThat(matched).as("routes %s exempts", rule).isNotEmpty();
                assertThat(matched)
                        .as("%s exempts only routes %s serves", rule, rules.module())
                        .allMatch(r -> r.servedBy().equals(rules.module()));
            }
        }
        assertThat(tokenless)
                .containsExactlyInAnyOrder(
                        "digest POST [/digest/unsubscribe/*]", "notification POST [/notifications/unsubscribe/*]");
    }

    @Test
    void anAddressNoModuleDeclaresStaysInItsAreaOrIsAPlainNotFound() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/admin/no-such-page")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/no-such-page").with(asMember(member))).andExpect(status().isForbidden());
        mvc.perform(get("/review/no-such-page").with(asMember(member))).andExpect(status().isForbidden());
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor asMember(Person p) {
        return user(new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, ""));
    }

    static List<String> problems(Collection<ModuleUrlRules> modules, List<Route> routes) {
        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            MockHttpServletRequest request = new MockHttpServletRequest(route.method(), route.path());
            Set<String> claimedBy = new TreeSet<>();
            for (ModuleUrlRules rules : modules) {
                if (rules.ruleFor(request).isPresent()) {
                    claimedBy.add(rules.module());
                }
            }
            if (claimedBy.isEmpty()) {
                problems.add(route + " is claimed by no module (served by " + route.servedBy() + ")");
            } else if (claimedBy.size() > 1) {
                problems.add(route + " is claimed by " + String.join(", ", claimedBy));
            } else if (!claimedBy.contains(route.servedBy())) {
                problems.add(route + " is served by " + route.servedBy() + " but claimed by "
                        + claimedBy.iterator().next());
            }
        }
        return problems;
    }

    List<Route> routes() throws IOException {
        Map<String, Route> routes = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                    mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> declared = e.getKey().getMethodsCondition().getMethods();
                List<String> methods = declared.isEmpty()
                        ? ANY_METHOD
                        : declared.stream().map(RequestMethod::name).toList();
                String servedBy = module(e.getValue().getBeanType());
                for (String pattern : e.getKey().getPatternValues()) {
                    for (String method : methods) {
                        Route route = new Route(method, pattern, sample(pattern), servedBy);
                        if (!swaggerUi.matches(new MockHttpServletRequest(method, route.path()))) {
                            routes.put(route.toString(), route);
                        }
                    }
                }
            }
        }
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.*")) {
            String url = file.getURL().toString();
            String path = url.substring(url.lastIndexOf("/static/") + "/static".length());
            routes.put("GET " + path, new Route("GET", path, path, "platform"));
        }
        return List.copyOf(routes.values());
    }

    /** The module of a controller; what no module of HROS serves (the actuator, the API description) is the platform's. */
    static String module(Class<?> handler) {
        String name = handler.getPackageName();
        if (!name.startsWith("org.hros.")) {
            return "platform";
        }
        String rest = name.substring("org.hros.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** A path the pattern matches: each variable filled with a value its constraint accepts. */
    static String sample(String pattern) {
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (depth > 0) {
                    char d = pattern.charAt(j++);
                    depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                }
                path.append(value(pattern.substring(i + 1, j - 1)));
                i = j;
            } else if (c == '*') {
                path.append('a');
                i += pattern.startsWith("**", i) ? 2 : 1;
            } else {
                path.append(c);
                i++;
            }
        }
        return path.toString();
    }

    private static String value(String variable) {
        if (variable.startsWith("*")) {
            return "a";
        }
        int colon = variable.indexOf(':');
        if (colon < 0) {
            return "1";
        }
        String regex = variable.substring(colon + 1);
        Pattern constraint = Pattern.compile(regex);
        for (String candidate : List.of("1", "a", regex.split("\\|")[0], "0123456789abcdef0123456789abcdef")) {
            if (constraint.matcher(candidate).matches()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No sample value for {" + variable + "}");
    }

    private static ModuleUrlRules rules(String module, UrlRule... rules) {
        return new ModuleUrlRules() {
            @Override
            public List<UrlRule> rules() {
                return List.of(rules);
            }

            @Override
            public String module() {
                return module;
            }
        };
    }
}
