package org.hros.safety;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls every GET operation the OpenAPI document describes, so an endpoint added later is swept without
 * changing this class. Path parameters take every id the scene knows; query parameters take values their
 * schema allows (a few numbers for integers, each value of an enumeration). Operations that change state are
 * never called blindly: they are listed instead, so a reader sees what the sweep did not exercise.
 */
final class ApiSweep {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> NUMBERS = List.of("1", "2", "100");

    /** One call the sweep made. */
    record Call(String browser, String target, int status, String body) {}

    private final JsonNode document;
    private final List<Call> calls = new ArrayList<>();
    private final List<String> notCalled = new ArrayList<>();

    private ApiSweep(JsonNode document) {
        this.document = document;
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String method = operation.getKey().toUpperCase(Locale.ROOT);
                    if (CHANGING.contains(method)) {
                        notCalled.add(method + " " + path.getKey() + " — "
                                + operation.getValue().path("summary").asString(""));
                    }
                }));
    }

    /** Reads the OpenAPI document at {@code path}. */
    static ApiSweep fromDocument(Browser browser, String path) {
        HttpResponse<String> response = browser.get(path, "Accept", "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("No OpenAPI document at " + path + ": " + response.statusCode());
        }
        return new ApiSweep(JsonMapper.shared().readTree(response.body()));
    }

    /** Calls every GET operation as {@code browser}, scanning each answer; path parameters take {@code ids}. */
    ApiSweep sweep(Browser browser, LeakScanner scanner, Set<Long> ids) {
        document.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                return;
            }
            for (String target : targets(path.getKey(), get, ids)) {
                HttpResponse<String> response = browser.get(target, "Accept", "application/json");
                calls.add(new Call(browser.name(), target, response.statusCode(), response.body()));
                scanner.scan(browser.name() + " API GET " + target + " → " + response.statusCode(), response);
            }
        });
        return this;
    }

    List<Call> calls() {
        return calls;
    }

    /** Operations that change state, described but not called. */
    List<String> notCalled() {
        return notCalled;
    }

    /** Every GET path the document describes. */
    List<String> getPaths() {
        List<String> paths = new ArrayList<>();
        document.path("paths").properties().forEach(p -> {
            if (p.getValue().has("get")) {
                paths.add(p.getKey());
            }
        });
        return paths;
    }

    private static List<String> targets(String template, JsonNode operation, Set<Long> ids) {
        List<String> paths = new ArrayList<>();
        paths.add(template);
        Matcher m = PATH_PARAMETER.matcher(template);
        while (m.find()) {
            String placeholder = m.group();
            List<String> next = new ArrayList<>();
            for (String p : paths) {
                for (long id : ids) {
                    next.add(p.replace(placeholder, Long.toString(id)));
                }
            }
            paths = next;
        }
        Map<String, List<String>> queryValues = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString(""))) {
                List<String> values = values(parameter.path("schema"));
                if (!values.isEmpty()) {
                    queryValues.put(parameter.path("name").asString(), values);
                }
            }
        }
        List<String> targets = new ArrayList<>();
        for (String p : paths) {
            targets.add(p);
            // One parameter at a time: enough to page through lists and read each revision, without a product.
            queryValues.forEach((name, values) -> values.forEach(v -> targets.add(p + "?" + name + "=" + v)));
        }
        return targets;
    }

    private static List<String> values(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (schema.has("enum")) {
            schema.path("enum").forEach(v -> values.add(v.asString()));
        } else if (Set.of("integer", "number").contains(schema.path("type").asString(""))) {
            values.addAll(NUMBERS);
        } else if ("boolean".equals(schema.path("type").asString(""))) {
            values.addAll(List.of("true", "false"));
        }
        return values;
    }
}
