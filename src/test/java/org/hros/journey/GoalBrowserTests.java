package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.member.MemberRole;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** A practice goal in a real browser: set with a metric and a target, three check-ins, and the chart they draw. */
@Tag("browser")
class GoalBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Test
    void goalWithThreeCheckInsDrawsItsChart() {
        Person member = fixtures.member(MemberRole.MEMBER);
        browser.session("member");
        browser.open("/login");
        browser.waitForHeading(t("login.heading"));
        browser.type(By.id("email"), member.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));
        browser.waitForSignedIn();

        browser.navigate(t("nav.goals"));
        browser.waitForHeading(t("goals.heading"));
        browser.click(By.xpath("//main//a[normalize-space()='" + t("goals.new") + "'][1]"));
        browser.waitForHeading(t("goal.new.title"));
        axe("goal form");
        browser.type(By.id("title"), "Reply to every applicant within 48 hours");
        browser.click(By.cssSelector("input[name=visibility][value=EVERYONE]"));
        browser.type(By.id("metricUnit"), "hours");
        browser.type(By.id("metricTarget"), "48");
        browser.click(button(t("goal.save")));
        browser.waitForHeading("Reply to every applicant within 48 hours");
        assertThat(browser.text(By.cssSelector(".goal-progress"))).contains(t("goal.chart.empty"));

        String[][] checkIns = {
            {"A month measured: far too slow.", "96"}, {"Templates live.", "70"}, {"Daily triage.", "52"}
        };
        for (int i = 0; i < checkIns.length; i++) {
            browser.type(By.id("note"), checkIns[i][0]);
            browser.type(By.id("value"), checkIns[i][1]);
            browser.click(button(t("goal.checkIn.submit")));
            browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".post-list > li"), i + 1));
        }
        assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo(t("goal.checkIn.saved"));

        String points =
                browser.visible(By.cssSelector("svg.goal-chart polyline")).getDomAttribute("points");
        assertThat(points.trim().split("\\s+")).hasSize(3);
        assertThat(browser.driver().findElements(By.cssSelector("svg.goal-chart circle.goal-chart__point")))
                .hasSize(3);
        assertThat(browser.driver().findElements(By.cssSelector("svg.goal-chart line.goal-chart__target")))
                .hasSize(1);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("svg.goal-chart title"))
                        .getDomProperty("textContent"))
                .isEqualTo(t("goal.chart.title", "Reply to every applicant within 48 hours"));
        // The chart is drawn, not just present: it has a size on the page.
        assertThat(browser.visible(By.cssSelector("svg.goal-chart")).getSize().getHeight())
                .isGreaterThan(50);
        assertThat(browser.driver().findElements(By.cssSelector("table.goal-data tbody tr")))
                .hasSize(3);
        axe("goal page with chart");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(violations).as("WCAG 2.2 AA violations by page").isEmpty();
    }

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    private void axe(String where) {
        List<String> found = Axe.violations(browser);
        if (!found.isEmpty()) {
            violations.put(where, found);
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
