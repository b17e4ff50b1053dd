package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Locale;
import org.hros.member.MemberRole;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A member fixes the careers page until the checker passes; the sandboxed preview shows their page, and the script
 * and the onerror handler planted in it do nothing, neither inside the preview nor to the page around it.
 */
@Tag("browser")
class ExerciseBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    static final String FIXED = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Careers at Northwind Freight</title></head>
            <body>
            <main>
            <h1>Work with us</h1>
            <p id="marker">untouched</p>
            <h2>Open roles</h2>
            <ul><li><a href="/jobs/1042">Warehouse team lead, Gdańsk</a></li></ul>
            <img src="missing.png" alt="" onerror="document.getElementById('marker').textContent='onerror ran';try{parent.document.title='owned'}catch(e){}">
            <script>document.getElementById('marker').textContent='script ran';try{parent.document.title='owned'}catch(e){}</script>
            </main>
            </body>
            </html>
            """;

    @Test
    void memberFixesTheCareersPageAndThePreviewRunsNothing() {
        Person member = fixtures.member(MemberRole.MEMBER);
        browser.session("member");
        browser.logIn(member.email(), messages);
        browser.open("/exercises/careers-page-accessibility");
        browser.waitForHeading("Fix a careers page for screen readers");
        String title = browser.driver().getTitle();

        browser.click(button(t("exercise.check")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".exercise-verdict"), t("exercise.feedback.failed")));
        assertThat(browser.text(By.cssSelector(".exercise-findings"))).contains("click here");

        browser.script("document.getElementById('text').value = arguments[0]", FIXED);
        browser.click(button(t("exercise.check")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".exercise-verdict"), t("exercise.feedback.passed")));

        var frame = browser.visible(By.cssSelector("iframe.exercise-preview"));
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        browser.driver().switchTo().frame(frame);
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("marker")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Work with us");
        assertThat(browser.driver().findElement(By.id("marker")).getText()).isEqualTo("untouched");
        browser.driver().switchTo().defaultContent();
        assertThat(browser.driver().getTitle()).isEqualTo(title);
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
