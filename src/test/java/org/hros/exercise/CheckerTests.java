package org.hros.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hros.exercise.check.AccessibilityRules;
import org.hros.exercise.check.CheckSettings;
import org.hros.exercise.check.CopyAnalysis;
import org.hros.exercise.check.ExerciseChecker;
import org.hros.exercise.check.Feedback;
import org.hros.exercise.check.Finding;
import org.hros.exercise.check.HtmlValidity;
import org.hros.exercise.check.JobPostingRules;
import org.hros.exercise.check.Severity;
import org.hros.exercise.check.TextMeasures;
import org.hros.shared.FieldErrorsException;
import org.junit.jupiter.api.Test;

/** The checkers on fixed inputs, without Spring: each rule that a member's feedback depends on. */
class CheckerTests {

    static final String PAGE =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Careers</title></head>\n<body>\n%s\n</body>\n</html>\n";

    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    @Test
    void knownInvalidHtmlGivesTheValidatorsMessagesWithLines() {
        List<Finding> findings = new HtmlValidity()
                .check(PAGE.formatted("<p>Open roles<p>\n<div><span>Apply</div>\n<blink>now</blink>"));
        assertThat(findings).isNotEmpty();
        assertThat(findings).allMatch(f -> f.check().equals("validity"));
        assertThat(findings.stream().filter(Finding::blocking).map(f -> f.args().get(0)))
                .anyMatch(m -> m.contains("blink"));
        assertThat(findings).anyMatch(f -> f.line() == 6);
    }

    @Test
    void validHtmlHasNoValidityErrors() {
        assertThat(new HtmlValidity().check(PAGE.formatted("<main><h1>Careers</h1><p>Join us.</p></main>")))
                .noneMatch(Finding::blocking);
    }

    /**
     * Loading the checker's schema recurses deeply; the first check of a cold application ran on the thread that
     * asked (the demo loader's) and overflowed its stack. A caller with a small stack must not matter.
     */
    @Test
    void aCallerWithASmallStackCanCheck() throws Exception {
        List<List<Finding>> found = new java.util.ArrayList<>();
        Throwable[] failure = new Throwable[1];
        Thread caller = new Thread(
                null,
                () -> {
                    try {
                        found.add(new HtmlValidity()
                                .check(PAGE.formatted("<main><h1>Careers</h1><p>Join us.</p></main>")));
                    } catch (Throwable t) {
                        failure[0] = t;
                    }
                },
                "small-stack",
                128 * 1024);
        caller.start();
        caller.join();
        assertThat(failure[0]).isNull();
        assertThat(found).singleElement().satisfies(f -> assertThat(f).noneMatch(Finding::blocking));
    }

    @Test
    void eachAccessibilityRuleFindsItsFault() {
        var rules = new AccessibilityRules();
        assertThat(keys(rules.check("<html><body><h1>Jobs</h1></body></html>"))).containsExactly("exercise.a11y.lang");
        assertThat(keys(rules.check("<img src=team.jpg>"))).containsExactly("exercise.a11y.imgAlt");
        assertThat(keys(rules.check("<img src=line.png alt=\"\">"))).isEmpty();
        assertThat(keys(rules.check("<form><input name=email type=email></form>")))
                .containsExactly("exercise.a11y.label");
        assertThat(keys(rules.check("<label for=e>E-mail</label><input id=e name=email>")))
                .isEmpty();
        assertThat(keys(rules.check("<label>E-mail <input name=email></label>")))
                .isEmpty();
        assertThat(keys(rules.check("<h1>Jobs</h1><h3>Recruiter</h3>")))
                .containsExactly("exercise.a11y.headingSkipped");
        assertThat(keys(rules.check("<h1>Jobs</h1><h2>A</h2><h3>B</h3><h2>C</h2>")))
                .isEmpty();
        assertThat(keys(rules.check("<a href=/jobs>Click here</a> <a href=/x>Read more…</a>")))
                .containsExactly("exercise.a11y.vagueLink", "exercise.a11y.vagueLink");
        assertThat(keys(rules.check("<a href=/jobs>See all open roles</a>"))).isEmpty();
        assertThat(keys(rules.check("<a href=/jobs><img src=x.png></a>")))
                .containsExactly("exercise.a11y.imgAlt", "exercise.a11y.emptyLink");
        assertThat(keys(rules.check("<button></button>"))).containsExactly("exercise.a11y.emptyButton");
        assertThat(rules.check("<h1>Jobs</h1>\n<img src=a.png>").get(0).line()).isEqualTo(2);
    }

    @Test
    void jobPostingMissingRequiredFieldsIsFlagged() {
        String html =
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
                        + "\"title\":\"Recruiter\",\"datePosted\":\"2026-13-40\",\"hiringOrganization\":{}}</script>";
        List<Finding> findings = new JobPostingRules().check(html);
        assertThat(findings.stream()
                        .filter(Finding::blocking)
                        .map(f -> f.key() + ":" + f.args().get(0)))
                .contains(
                        "exercise.jobPosting.required:description",
                        "exercise.jobPosting.required:hiringOrganization.name",
                        "exercise.jobPosting.required:jobLocation.address",
                        "exercise.jobPosting.badDate:datePosted");
        assertThat(findings.stream()
                        .filter(f -> f.severity() == Severity.ADVICE)
                        .map(f -> f.args().get(0)))
                .containsExactlyInAnyOrder("validThrough", "employmentType", "baseSalary", "identifier");
    }

    @Test
    void completeRemoteJobPostingPasses() {
        String html = "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Recruiter\","
                + "\"description\":\"<p>Hire well</p>\",\"datePosted\":\"2026-05-01\",\"validThrough\":\"2026-06-01T00:00:00Z\","
                + "\"hiringOrganization\":{\"name\":\"Acme\"},\"jobLocationType\":\"TELECOMMUTE\","
                + "\"applicantLocationRequirements\":{\"@type\":\"Country\",\"name\":\"DE\"},\"employmentType\":\"FULL_TIME\","
                + "\"baseSalary\":{},\"identifier\":{}}</script>";
        assertThat(new JobPostingRules().check(html)).isEmpty();
        assertThat(keys(new JobPostingRules().check("<p>No data</p>"))).containsExactly("exercise.jobPosting.missing");
    }

    @Test
    void masculineCodedAdIsFlaggedWithTheListedWords() {
        TextMeasures m = new CopyAnalysis()
                .measure("We want a competitive, dominant and ambitious rockstar who leads from the front. "
                        + "You support the team.");
        assertThat(m.masculine()).containsExactly("competitive", "dominant", "ambitious", "leads");
        assertThat(m.feminine()).containsExactly("support");
        assertThat(m.jargon()).containsExactly("rockstar");
        assertThat(m.masculineCoded()).isTrue();
        assertThat(m.segments().stream().filter(TextMeasures.Segment::flagged).map(s -> s.text() + "/" + s.flag()))
                .containsExactly(
                        "competitive/masculine",
                        "dominant/masculine",
                        "ambitious/masculine",
                        "rockstar/jargon",
                        "leads/masculine",
                        "support/feminine");
        assertThat(String.join(
                        "",
                        m.segments().stream().map(TextMeasures.Segment::text).toList()))
                .isEqualTo("We want a competitive, dominant and ambitious rockstar who leads from the front. "
                        + "You support the team.");
    }

    @Test
    void readabilityFiguresOnAFixedText() {
        TextMeasures m = new CopyAnalysis().measure("The cat sat on the mat. It was happy to be there.");
        assertThat(m.words()).isEqualTo(12);
        assertThat(m.sentences()).isEqualTo(2);
        assertThat(m.syllables()).isEqualTo(13);
        assertThat(m.wordsPerSentence()).isEqualTo(6.0);
        // 206.835 - 1.015 * 6 - 84.6 * 13 / 12
        assertThat(m.readingEase()).isEqualTo(109.1);
        assertThat(m.readingSeconds()).isEqualTo(4);
    }

    static final String FUNNEL = """
            {"stages":[{"name":"Applied","count":800},{"name":"Screened","count":200},{"name":"Hired","count":10}],
             "sources":[{"name":"Board","spend":9000,"hires":6},{"name":"Referral","spend":2000,"hires":4}],
             "questions":[{"id":"q1","type":"CONVERSION","from":"Applied","to":"Screened"},
                          {"id":"q2","type":"BEST_SOURCE"}],
             "tolerance":2}""";

    @Test
    void funnelAnswerOutsideToleranceIsRefusedAndInsidePasses() {
        var checker = new ExerciseChecker();
        Feedback wrong = checker.check(ExerciseKind.ANALYTICS, FUNNEL, "", "", Map.of("q1", "30", "q2", "Referral"));
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.blockingFindings()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("exercise.analytics.tooHigh");
            assertThat(f.args()).containsExactly("1", "5", "20");
        });
        Feedback right =
                checker.check(ExerciseKind.ANALYTICS, FUNNEL, "", "", Map.of("q1", "25.3 %", "q2", "referral"));
        assertThat(right.passed()).isTrue();
        assertThat(right.score()).isEqualTo(100);
        assertThat(right.analytics().answers().get(0).expected()).isEqualTo("25");
    }

    @Test
    void badSettingsAreRefusedForTheChecksField() {
        assertThatThrownBy(() -> CheckSettings.parse(ExerciseKind.HTML, "{not json"))
                .isInstanceOfSatisfying(
                        FieldErrorsException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("exercise.checks.json"));
        assertThatThrownBy(() -> CheckSettings.parse(ExerciseKind.HTML, "{\"spelling\":true}"))
                .isInstanceOfSatisfying(
                        FieldErrorsException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("exercise.checks.unknown.HTML"));
        assertThatThrownBy(() -> CheckSettings.parse(
                        ExerciseKind.ANALYTICS, FUNNEL.replace("\"from\":\"Applied\"", "\"from\":\"Nowhere\"")))
                .isInstanceOf(FieldErrorsException.class);
    }
}
