package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hros.support.Browser;
import org.hros.support.TestProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person from the company clicks "Log in with Acme SSO" in a real browser, logs in at the real provider, comes
 * back through the redirects to the welcome, and finds the provider in their sign-in settings.
 *
 * <p>HROS is opened at {@code 127.0.0.1} and the provider runs at {@code localhost}: a browser's cookies do not
 * tell ports apart, and the two must not share a session cookie (as they would never, on their real domains).
 */
@Tag("browser")
class ProviderLogInBrowserTests extends ProviderLogInTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aNewcomerLogsInThroughTheProviderAndLandsOnTheWelcome() {
        String email = "jo-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        String username = provider.person(email, true, "Jo Marsh");
        String hros = "http://127.0.0.1:" + port;

        browser.session("company-member");
        browser.driver().get(hros + "/login");
        assertThat(browser.driver().findElements(By.name("password")))
                .as("no password in SSO-only mode")
                .isEmpty();
        browser.click(By.id("provider-" + TestProvider.REGISTRATION));

        browser.until(ExpectedConditions.urlContains("localhost"));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), TestProvider.PASSWORD);
        browser.click(By.cssSelector("button[type=submit]"));

        browser.until(ExpectedConditions.urlToBe(hros + "/welcome"));
        browser.driver().get(hros + "/profile/sign-in");
        assertThat(browser.text(By.id("links"))).contains("Acme SSO");
        assertThat(browser.text(By.id("password-state"))).contains("You have no password");
        assertThat(memberWith(email)).isNotNull();
    }
}
