package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The library on a phone, signed in as an administrator, who has the most links in the header: the header keeps
 * its links on one row that scrolls sideways, nothing makes the page wider than the screen, and on the library
 * and search pages the cases come first with a link down to the filters, all still meeting WCAG 2.2 AA. On a wide
 * screen the filters stay beside the results and the link is gone.
 */
@Tag("browser")
class PhoneLayoutBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Test
    void onAPhoneTheHeaderIsOneRowAndTheCasesComeBeforeTheFilters() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person admin = fixtures.member(MemberRole.ADMIN);
        fixtures.published(
                author,
                editor,
                "Our phone screening script scared graduates off",
                Outcome.FAILURE,
                Topic.CANDIDATE_EXPERIENCE);

        browser.session("phone");
        logIn(admin);
        browser.driver().manage().window().setSize(new Dimension(390, 844));

        for (String page : new String[] {"/cases", "/search?q=screening"}) {
            openWithResults(page);
            assertThat(Axe.violations(browser))
                    .as("%s on a phone: WCAG 2.2 AA violations", page)
                    .isEmpty();

            Map<?, ?> nav = (Map<?, ?>) browser.script("const ul = document.querySelector('.nav ul');"
                    + " const link = ul.querySelector('a');"
                    + " return {height: ul.getBoundingClientRect().height,"
                    + " linkHeight: link.getBoundingClientRect().height,"
                    + " scrollWidth: ul.scrollWidth, clientWidth: ul.clientWidth,"
                    + " pageWidth: document.documentElement.scrollWidth, screenWidth: window.innerWidth};");
            assertThat(number(nav, "height"))
                    .as("%s: the nav is one row", page)
                    .isLessThan(number(nav, "linkHeight") * 1.5);
            assertThat(number(nav, "scrollWidth"))
                    .as("%s: the nav scrolls sideways", page)
                    .isGreaterThan(number(nav, "clientWidth"));
            assertThat(number(nav, "pageWidth"))
                    .as("%s: nothing is wider than the screen", page)
                    .isLessThanOrEqualTo(number(nav, "screenWidth"));

            // The last link can be scrolled to and used.
            Object lastVisible = browser.script("const links = document.querySelectorAll('.nav ul a');"
                    + " const last = links[links.length - 1]; last.scrollIntoView({inline: 'end'});"
                    + " const r = last.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth;");
            assertThat(lastVisible)
                    .as("%s: the last header link scrolls into view", page)
                    .isEqualTo(true);

            Map<?, ?> order = (Map<?, ?>) browser.script("window.scrollTo(0, 0);"
                    + " return {results: document.querySelector('#results, .browse-layout > section')"
                    + ".getBoundingClientRect().top,"
                    + " facets: document.querySelector('#filters').getBoundingClientRect().top};");
            assertThat(number(order, "results"))
                    .as("%s: the cases come first", page)
                    .isLessThan(number(order, "facets"));

            browser.click(By.cssSelector("a.filters-link"));
            browser.until(d -> {
                Object top = browser.script("return document.querySelector('#filters').getBoundingClientRect().top;");
                return Math.abs(((Number) top).doubleValue()) < 5;
            });
        }

        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.open("/cases");
        browser.visible(By.cssSelector("#filters"));
        Map<?, ?> wide = (Map<?, ?>) browser.script("const link = document.querySelector('a.filters-link');"
                + " return {linkShown: link.offsetParent !== null,"
                + " facetsRight: document.querySelector('#filters').getBoundingClientRect().right,"
                + " resultsLeft: document.querySelector('.browse-layout > section').getBoundingClientRect().left};");
        assertThat(wide.get("linkShown"))
                .as("no filters link beside the filters")
                .isEqualTo(false);
        assertThat(number(wide, "facetsRight"))
                .as("the filters sit left of the results")
                .isLessThanOrEqualTo(number(wide, "resultsLeft"));
    }

    /** Opens the page, again while the index has not yet caught up with the case just published. */
    private void openWithResults(String page) {
        for (int attempt = 0; attempt < 30; attempt++) {
            browser.open(page);
            if (!browser.driver()
                    .findElements(By.cssSelector(".case-card, .search-hit"))
                    .isEmpty()) {
                return;
            }
            sleep();
        }
        throw new AssertionError(page + " showed no case");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double number(Map<?, ?> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private void logIn(Person person) {
        browser.logIn(person.email(), messages);
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
