package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * HROS on a phone (390×844) and a desktop screen (1366×900). On a phone the header is two short rows: the brand with
 * the member's tools (search, notifications, the account menu), and the main links on one row that scrolls sideways
 * with the current one in view; the account menu opens without script and leads to every space of the member's own;
 * no page is wider than the screen, and data tables become cards. On the library and search pages the cases come
 * first with a link down to the filters; on a wide screen the filters stay beside the results. On a desktop the
 * review panel's decision is in view without scrolling the panel. The demo community gives a team to look at.
 */
@Tag("browser")
@ActiveProfiles({"test", "demo"})
class PhoneLayoutBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    /** The tallest the header may be on a phone: an eighth of a 844 px screen, so the page starts at once. */
    static final double HEADER_LIMIT = 100;

    static final Dimension PHONE = AccessibilityBrowserTests.PHONE;
    static final Dimension DESKTOP = AccessibilityBrowserTests.DESKTOP;

    private static final String DEMO_LEAD = "maya@example.org";
    private static final String DEMO_MEMBER_PASSWORD = "demo-member-password";

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
                Topic.of("candidate-experience"));

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

    @Test
    void onAPhoneTheHeaderIsShortTheCurrentLinkIsInViewAndTheAccountMenuLeadsToTheMembersOwnSpaces() {
        Person admin = fixtures.member(MemberRole.ADMIN);
        browser.session("phone-header");
        browser.driver().manage().window().setSize(PHONE);
        browser.open("/radar");
        browser.visible(By.tagName("h1"));
        assertThat(headerHeight()).as("logged out, the header").isLessThanOrEqualTo(HEADER_LIMIT);
        assertCurrentLinkInView("/radar");

        logIn(admin);
        for (String page : new String[] {"/radar", "/write", "/sessions", "/tracks"}) {
            browser.open(page);
            browser.visible(By.tagName("h1"));
            assertThat(headerHeight()).as("%s: the header of an admin", page).isLessThanOrEqualTo(HEADER_LIMIT);
            assertCurrentLinkInView(page);
        }

        // Closed, the menu shows nothing but its toggle; opened, all its links fit the screen.
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".account-menu__panel"))
                        .isDisplayed())
                .isFalse();
        browser.openAccountMenu();
        Map<?, ?> panel = (Map<?, ?>) browser.script("const r = document.querySelector('.account-menu__panel')"
                + ".getBoundingClientRect(); return {left: r.left, right: r.right, width: window.innerWidth,"
                + " links: document.querySelectorAll('.account-menu__panel a').length};");
        assertThat(number(panel, "left")).as("the menu's left edge").isGreaterThanOrEqualTo(0);
        assertThat(number(panel, "right")).as("the menu's right edge").isLessThanOrEqualTo(number(panel, "width"));
        assertThat(number(panel, "links")).as("an admin's own links").isGreaterThanOrEqualTo(11);
        assertThat(Axe.violations(browser)).as("the open menu on a phone").isEmpty();

        // Escape closes it and leaves the focus on its toggle; the keyboard opens it again.
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d ->
                d.findElements(By.cssSelector("details.account-menu[open]")).isEmpty());
        WebElement toggle = browser.visible(By.cssSelector("details.account-menu > summary"));
        toggle.sendKeys(Keys.ENTER);
        browser.visible(By.cssSelector("details.account-menu[open] .account-menu__panel"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);

        String[][] spaces = {
            {"nav.mine", "/my/cases"},
            {"nav.bookmarks", "/my/bookmarks"},
            {"nav.circles", "/circles"},
            {"team.nav", "/teams"},
            {"nav.goals", "/goals"},
            {"nav.exercises", "/exercises"},
            {"account.menu.profile", "/profile"},
            {"settings.notifications", "/settings/notifications"},
            {"nav.review", "/review"},
            {"nav.flags", "/review/flags"},
            {"nav.admin", "/admin"}
        };
        for (String[] space : spaces) {
            browser.navigate(t(space[0]));
            browser.until(d -> browser.path().equals(space[1]));
            browser.visible(By.tagName("h1"));
            assertThat(browser.script("return document.querySelector('details.account-menu').open"))
                    .as("%s: the menu is closed on the page it led to", space[1])
                    .isEqualTo(false);
            assertThat(browser.script("return document.querySelector('.account-menu__panel"
                            + " [aria-current=\"page\"]') !== null"))
                    .as("%s: the menu marks where the member is", space[1])
                    .isEqualTo(true);
        }
        browser.logOut(messages);
        browser.visible(Browser.link(t("nav.login")));
    }

    @Test
    void onAPhoneNoPageIsWiderThanTheScreenAndTablesBecomeCards() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person admin = fixtures.member(MemberRole.ADMIN);
        long id = fixtures.draft(
                author,
                "A submission with a long title that has to wrap on a phone",
                Outcome.FAILURE,
                Topic.of("candidate-experience"));
        fixtures.authoring().submit(author.id(), id);

        browser.session("phone-admin");
        logIn(admin);
        browser.driver().manage().window().setSize(PHONE);
        for (String page : new String[] {
            "/",
            "/cases",
            "/requests",
            "/tracks",
            "/sessions",
            "/radar",
            "/trends",
            "/search?q=phone",
            "/write",
            "/my/cases",
            "/review",
            "/review/" + id,
            "/review/flags",
            "/review/requests",
            "/admin",
            "/admin/members",
            "/admin/audit",
            "/profile",
            "/notifications",
            "/settings/notifications",
            "/exercises",
            "/circles",
            "/goals",
            "/teams"
        }) {
            assertFitsThePhone(page);
        }
        browser.open("/review");
        assertTableIsCards();

        browser.session("phone-lead");
        browser.logIn(DEMO_LEAD, DEMO_MEMBER_PASSWORD, messages);
        browser.driver().manage().window().setSize(PHONE);
        browser.open("/teams");
        String team =
                (String) browser.script("return Array.from(document.querySelectorAll('main a[href^=\"/teams/\"]'))"
                        + ".map(a => a.getAttribute('href')).find(h => /^\\/teams\\/\\d+$/.test(h));");
        assertThat(team).as("the demo lead's team").isNotNull();
        assertFitsThePhone(team);
        assertFitsThePhone(team + "/dashboard");
        assertTableIsCards();
        assertFitsThePhone("/my/cases");
        assertTableIsCards();
    }

    @Test
    void onADesktopTheReviewPanelShowsItsDecisionWithoutScrolling() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.of(CaseType.CASE_STUDY)) {
            sections.put(
                    s,
                    "Call Dana Whitaker on +44 20 7946 0958 or write to dana.whitaker@canary.example about " + s.key()
                            + ". Our head of talent at Canary Corp in Leeds signed it off.");
        }
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.withSections(
                                TestFixtures.completeCase(
                                        "A long submission whose panel scrolls",
                                        Outcome.FAILURE,
                                        Topic.of("candidate-experience"),
                                        AttributionMode.NAMED),
                                sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());

        browser.session("desktop-editor");
        browser.driver().manage().window().setSize(DESKTOP);
        logIn(editor);
        browser.open("/review/" + id);
        WebElement publish = browser.visible(Browser.button(t("review.publish")));
        Map<?, ?> seen = (Map<?, ?>) browser.script(
                "const b = arguments[0].getBoundingClientRect();"
                        + " const panel = document.querySelector('.review-panel');"
                        + " const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
                        + " return {top: b.top, bottom: b.bottom, height: window.innerHeight,"
                        + " panelScrolls: panel.scrollHeight > panel.clientHeight, panelScrollTop: panel.scrollTop,"
                        + " onTop: hit === arguments[0] || arguments[0].contains(hit)};",
                publish);
        assertThat(seen.get("panelScrolls"))
                .as("the panel is taller than the screen")
                .isEqualTo(true);
        assertThat(number(seen, "panelScrollTop"))
                .as("the panel is not scrolled")
                .isZero();
        assertThat(number(seen, "top")).as("the button's top").isGreaterThanOrEqualTo(0);
        assertThat(number(seen, "bottom")).as("the button's bottom").isLessThanOrEqualTo(number(seen, "height"));
        assertThat(seen.get("onTop")).as("nothing covers the button").isEqualTo(true);
        assertThat(browser.visible(Browser.button(t("review.return"))).isDisplayed())
                .isTrue();

        // Scrolled to the end of the panel's own content, the decision is still there.
        Map<?, ?> scrolled = (Map<?, ?>) browser.script(
                "const panel = document.querySelector('.review-panel');"
                        + " panel.scrollTop = panel.scrollHeight; const b = arguments[0].getBoundingClientRect();"
                        + " const p = panel.getBoundingClientRect();"
                        + " const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
                        + " return {scrolled: panel.scrollTop > 0, inside: b.top >= p.top && b.bottom <= p.bottom"
                        + " && b.bottom <= window.innerHeight, onTop: hit === arguments[0] || arguments[0].contains(hit)};",
                publish);
        assertThat(scrolled.get("scrolled")).as("the panel scrolled").isEqualTo(true);
        assertThat(scrolled.get("inside"))
                .as("the button is still inside the panel's view")
                .isEqualTo(true);
        assertThat(scrolled.get("onTop"))
                .as("nothing covers the button after scrolling")
                .isEqualTo(true);
    }

    private double headerHeight() {
        return ((Number)
                        browser.script("return document.querySelector('.site-header').getBoundingClientRect().height;"))
                .doubleValue();
    }

    private void assertCurrentLinkInView(String page) {
        Map<?, ?> current =
                (Map<?, ?>) browser.script("const a = document.querySelector('.nav [aria-current=\"page\"]');"
                        + " if (!a) { return null; } const r = a.getBoundingClientRect();"
                        + " return {left: r.left, right: r.right, width: window.innerWidth};");
        assertThat(current).as("%s: a main link is marked current", page).isNotNull();
        assertThat(number(current, "left"))
                .as("%s: the current link's left edge", page)
                .isGreaterThanOrEqualTo(0);
        assertThat(number(current, "right"))
                .as("%s: the current link's right edge", page)
                .isLessThanOrEqualTo(number(current, "width"));
    }

    private void assertFitsThePhone(String page) {
        browser.open(page);
        browser.visible(By.tagName("h1"));
        Map<?, ?> widths = (Map<?, ?>) browser.script("return {page: document.documentElement.scrollWidth,"
                + " screen: window.innerWidth, header: document.querySelector('.site-header')"
                + ".getBoundingClientRect().height};");
        assertThat(number(widths, "page"))
                .as("%s: nothing is wider than the screen", page)
                .isLessThanOrEqualTo(number(widths, "screen"));
        assertThat(number(widths, "header")).as("%s: the header", page).isLessThanOrEqualTo(HEADER_LIMIT);
    }

    /** The first data table on the page shows its rows as cards, each cell under its column's name. */
    private void assertTableIsCards() {
        Map<?, ?> table = (Map<?, ?>) browser.script("const t = document.querySelector('main table.table');"
                + " const row = t.querySelector('tbody tr'); const cell = row.querySelector('[data-label]');"
                + " return {row: getComputedStyle(row).display, head: t.querySelector('thead').getBoundingClientRect()"
                + ".height, label: cell ? getComputedStyle(cell, '::before').content : 'none',"
                + " name: cell ? cell.getAttribute('data-label') : ''};");
        assertThat(table.get("row")).as("%s: a row is a card", browser.path()).isEqualTo("block");
        assertThat(number(table, "head"))
                .as("%s: the header row is hidden", browser.path())
                .isLessThanOrEqualTo(1);
        assertThat((String) table.get("label"))
                .as("%s: a cell shows its column's name", browser.path())
                .isEqualTo("\"" + table.get("name") + "\"");
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
