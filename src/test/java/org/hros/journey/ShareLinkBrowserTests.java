package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Locale;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The copy-link control in a real browser, under the real Content-Security-Policy: the script that adds the
 * button runs (no inline script needed), the button does its job, and the address is the page's canonical one.
 */
@Tag("browser")
class ShareLinkBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Value("${hros.base-url}")
    String baseUrl;

    @Test
    void aVisitorCopiesACasesLinkWithOneClick() {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String title = "Careers page rewrite nobody asked for";
        long id = fixtures.published(author, editor, title, Outcome.MIXED, Topic.of("employer-brand"));
        String path = "/cases/" + id + "/" + Slugs.slugify(title);

        browser.session("visitor");
        browser.open(path + "?discussionPage=1");
        browser.waitForHeading(title);
        WebElement field = browser.visible(By.cssSelector(".share-link__url"));
        assertThat(field.getDomProperty("value")).isEqualTo(baseUrl + path);
        assertThat(field.getDomProperty("readOnly")).isEqualTo("true");

        browser.click(button(t("share.copy")));
        String status = browser.until(driver -> {
            String text = driver.findElement(By.cssSelector(".share-link__status"))
                    .getDomProperty("textContent")
                    .strip();
            return text.isEmpty() ? null : text;
        });
        assertThat(status).isIn(t("share.copied"), t("share.copyFailed"));
        if (status.equals(t("share.copyFailed"))) {
            // Where the browser refuses the clipboard, the address is selected for the keyboard instead.
            assertThat(browser.script("return window.getSelection().toString() || document.activeElement.value"))
                    .isEqualTo(baseUrl + path);
        }
        assertThat(browser.consoleErrors())
                .as("nothing refused by the Content-Security-Policy")
                .isEmpty();
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
