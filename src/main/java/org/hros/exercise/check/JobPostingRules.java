package org.hros.exercise.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JobPosting data in {@code <script type="application/ld+json">} blocks, checked against what Google
 * requires for its job search (title, description, datePosted, hiringOrganization with a name, and jobLocation with
 * an address, or jobLocationType TELECOMMUTE with applicantLocationRequirements) and what it recommends
 * (validThrough, employmentType, baseSalary, identifier). Dates must be ISO 8601; validThrough may not come before
 * datePosted.
 */
public final class JobPostingRules {

    static final String CHECK = "jobPosting";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public List<Finding> check(String html) {
        Document doc = AccessibilityRules.parse(html);
        List<Finding> findings = new ArrayList<>();
        List<JsonNode> postings = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), postings);
            } catch (JacksonException e) {
                var start = script.sourceRange().start();
                findings.add(Finding.blocking(CHECK, "exercise.jobPosting.badJson", e.getOriginalMessage())
                        .at(start.isTracked() ? start.lineNumber() : 0, 0));
            }
        }
        if (postings.isEmpty()) {
            if (findings.isEmpty()) {
                findings.add(Finding.blocking(CHECK, "exercise.jobPosting.missing"));
            }
            return findings;
        }
        for (JsonNode posting : postings) {
            check(posting, findings);
        }
        return findings;
    }

    private static void check(JsonNode posting, List<Finding> findings) {
        for (String property : List.of("title", "description", "datePosted")) {
            if (text(posting.get(property)).isBlank()) {
                findings.add(Finding.blocking(CHECK, "exercise.jobPosting.required", property));
            }
        }
        if (text(posting.path("hiringOrganization").get("name")).isBlank()) {
            findings.add(Finding.blocking(CHECK, "exercise.jobPosting.required", "hiringOrganization.name"));
        }
        boolean remote = "TELECOMMUTE".equalsIgnoreCase(text(posting.get("jobLocationType")));
        if (remote) {
            if (posting.get("applicantLocationRequirements") == null) {
                findings.add(Finding.blocking(CHECK, "exercise.jobPosting.required", "applicantLocationRequirements"));
            }
        } else if (!hasAddress(posting.get("jobLocation"))) {
            findings.add(Finding.blocking(CHECK, "exercise.jobPosting.required", "jobLocation.address"));
        }
        for (String property : List.of("validThrough", "employmentType", "baseSalary", "identifier")) {
            if (posting.get(property) == null) {
                findings.add(Finding.advice(CHECK, "exercise.jobPosting.recommended", property));
            }
        }
        LocalDate posted = date(posting, "datePosted", findings);
        LocalDate until = date(posting, "validThrough", findings);
        if (posted != null && until != null && until.isBefore(posted)) {
            findings.add(Finding.blocking(CHECK, "exercise.jobPosting.endsBeforePosted"));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> postings) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, postings));
        } else if (node.isObject()) {
            JsonNode type = node.get("@type");
            if (type != null && (text(type).equals("JobPosting") || containsJobPosting(type))) {
                postings.add(node);
            }
            if (node.has("@graph")) {
                collect(node.get("@graph"), postings);
            }
        }
    }

    private static boolean containsJobPosting(JsonNode type) {
        if (!type.isArray()) {
            return false;
        }
        for (JsonNode t : type) {
            if ("JobPosting".equals(text(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAddress(JsonNode location) {
        if (location == null) {
            return false;
        }
        if (location.isArray()) {
            return !location.isEmpty() && location.valueStream().allMatch(JobPostingRules::hasAddress);
        }
        JsonNode address = location.get("address");
        return address != null
                && (address.isObject() ? !address.isEmpty() : !text(address).isBlank());
    }

    private static LocalDate date(JsonNode posting, String property, List<Finding> findings) {
        String value = text(posting.get(property));
        if (value.isBlank()) {
            return null;
        }
        try {
            return value.length() <= 10
                    ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException again) {
                findings.add(Finding.blocking(CHECK, "exercise.jobPosting.badDate", property, value));
                return null;
            }
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainer() ? "" : node.asString();
    }
}
