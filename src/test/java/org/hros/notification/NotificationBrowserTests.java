package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Set;
import org.hros.member.MemberRole;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.hros.support.Browser;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** In a real browser, under the strict CSP: the bell arrives by htmx with its count, and reading clears it. */
class NotificationBrowserTests extends NoticeTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theBellShowsTheUnreadCountAndFollowingANoticeReadsIt() {
        Person member = fixtures.member(MemberRole.MEMBER);
        for (String title : new String[] {"Structured interviews", "Internal job boards"}) {
            long requestId = uniqueId();
            publish(new RequestStatusChanged(
                    requestId,
                    uniqueId(),
                    title,
                    "/cases",
                    RequestStatus.OPEN,
                    RequestStatus.SOURCING,
                    null,
                    null,
                    Set.of(member.id())));
        }
        awaitNotices(member.id(), 2);

        browser.session("member");
        browser.open("/login");
        browser.type(By.id("email"), member.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button("Log in"));
        browser.visible(By.cssSelector("a.bell[aria-label='Notifications, 2 unread']"));
        assertThat(browser.text(By.cssSelector(".bell__count"))).isEqualTo("2");

        browser.click(By.cssSelector("a.bell"));
        browser.waitForHeading("Notifications");
        browser.click(By.partialLinkText("Structured interviews"));
        assertThat(browser.path()).isEqualTo("/cases");
        browser.visible(By.cssSelector("a.bell[aria-label='Notifications, 1 unread']"));

        browser.open("/notifications");
        browser.click(button("Mark all as read"));
        browser.visible(By.cssSelector("a.bell[aria-label='Notifications, none unread']"));
        assertThat(browser.driver().findElements(By.cssSelector(".bell__count")))
                .isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
