package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditEntryView;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.hros.support.ProviderJourney;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestProvider;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Log-in through a company's OpenID Connect provider, against a real provider (Spring Authorization Server) started
 * for these tests, over real HTTP with the redirects a browser follows. HROS runs in SSO-only mode here, so the
 * password pages are tested to be off in the same application.
 */
class ProviderLogInTests extends ProviderLogInTestBase {

    @Test
    void aNewcomerVouchedForByTheProviderGetsAnAccountAndTheWelcome() throws Exception {
        String email = "nia-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        String nia = provider.person(email, true, "Nia Okafor");
        ProviderJourney browser = new ProviderJourney(port);

        assertThat(browser.logIn(nia)).isEqualTo("/welcome");

        assertThat(browser.get("/welcome").statusCode()).isEqualTo(200);
        Long memberId = memberWith(email);
        assertThat(memberId).as("a member with the provider's address").isNotNull();
        HttpResponse<String> settings = browser.get("/profile/sign-in");
        assertThat(settings.body())
                .contains("Acme SSO")
                .contains("You have no password")
                .contains("Your only way to log in");
        assertThat(loggedInEntries(memberId)).extracting(AuditEntryView::note).containsExactly("Acme SSO (joined)");
        assertThat(browser.get("/profile").body()).contains("Nia Okafor");
    }

    @Test
    void aVerifiedAddressLinksTheProviderToTheExistingMemberAndTheLinkOutlivesAnAddressChange() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        String sameAddress = provider.person(member.email(), true, "Someone Else Entirely");

        assertThat(new ProviderJourney(port).logIn(sameAddress)).isEqualTo("/");
        assertThat(links(member.id())).hasSize(1);

        String newAddress = "renamed-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        provider.changeEmail(sameAddress, newAddress);
        ProviderJourney later = new ProviderJourney(port);
        assertThat(later.logIn(sameAddress)).isEqualTo("/");

        assertThat(memberWith(newAddress))
                .as("no new account for the new address")
                .isNull();
        assertThat(later.get("/profile").body()).contains(member.name()).doesNotContain("Someone Else Entirely");
        assertThat(links(member.id())).hasSize(1);
        assertThat(loggedInEntries(member.id()))
                .extracting(AuditEntryView::note)
                .containsExactly("Acme SSO", "Acme SSO (linked)");
    }

    @Test
    void anAddressTheProviderDidNotVerifyOpensNothing() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        String unverified = provider.person(member.email(), false, "Mallory");
        String newcomer = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        String unverifiedNewcomer = provider.person(newcomer, false, "Sam");
        String noAddress = provider.person(null, null, "Nobody");

        for (String person : List.of(unverified, unverifiedNewcomer, noAddress)) {
            ProviderJourney browser = new ProviderJourney(port);
            assertThat(browser.logIn(person)).isEqualTo("/login?provider-unverified");
            assertThat(browser.get("/login?provider-unverified").body())
                    .contains("did not confirm an e-mail address for you");
            assertThat(browser.get("/profile").statusCode()).as("not signed in").isEqualTo(302);
        }
        assertThat(links(member.id())).isEmpty();
        assertThat(memberWith(newcomer)).isNull();
    }

    @Test
    void aDirectoryTheOperatorVouchesForNeedsNoVerifiedClaimButAnExplicitNoStillRefuses() throws Exception {
        String email = "dir-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        String silent = provider.person(email, null, "Dana Directory");

        assertThat(new ProviderJourney(port).logIn(silent)).isEqualTo("/login?provider-unverified");
        assertThat(memberWith(email)).isNull();
        assertThat(new ProviderJourney(port).logIn(silent, TestProvider.DIRECTORY_REGISTRATION))
                .isEqualTo("/welcome");
        assertThat(memberWith(email)).isNotNull();

        String denied = provider.person("no-" + email, false, "Dana Directory");
        assertThat(new ProviderJourney(port).logIn(denied, TestProvider.DIRECTORY_REGISTRATION))
                .isEqualTo("/login?provider-unverified");
    }

    @Test
    void aSuspendedMemberIsRefusedWithTheirReasonAsAfterTheirPassword() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person admin = fixtures.member(MemberRole.ADMIN);
        administration.suspend(admin.id(), member.id(), "Repeated sales pitches in replies", null);
        ProviderJourney browser = new ProviderJourney(port);

        assertThat(browser.logIn(provider.person(member.email(), true, member.name())))
                .isEqualTo("/login?suspended");

        assertThat(browser.get("/login?suspended").body())
                .contains("Your account is suspended until an administrator reinstates it.")
                .contains("Repeated sales pitches in replies");
        assertThat(browser.get("/profile").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(loggedInEntries(member.id())).isEmpty();
    }

    @Test
    void aSilencedMemberLogsInAndReadsButCannotPost() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person admin = fixtures.member(MemberRole.ADMIN);
        administration.silence(admin.id(), member.id(), "Cooling off after a heated thread", null);
        ProviderJourney browser = new ProviderJourney(port);

        assertThat(browser.logIn(provider.person(member.email(), true, member.name())))
                .isEqualTo("/");

        HttpResponse<String> board = browser.get("/requests");
        assertThat(board.statusCode()).isEqualTo(200);
        HttpResponse<String> posted = browser.post(
                "/requests", board, Map.of("title", "How do we brief hiring managers", "body", "We never do."));
        assertThat(posted.statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberRemovesALinkedProviderButNeverTheirLastWayIn() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        new ProviderJourney(port).logIn(provider.person(member.email(), true, member.name()));
        ProviderJourney browser = new ProviderJourney(port);
        browser.logIn(provider.person(member.email(), true, member.name()));
        List<Long> linkIds = links(member.id());
        assertThat(linkIds).hasSize(2);

        HttpResponse<String> settings = browser.get("/profile/sign-in");
        assertThat(settings.body()).contains("/profile/sign-in/" + linkIds.get(0) + "/remove");
        HttpResponse<String> confirm = browser.get("/profile/sign-in/" + linkIds.get(0) + "/remove");
        assertThat(confirm.body()).contains("Remove this provider?");
        HttpResponse<String> removed =
                browser.post("/profile/sign-in/" + linkIds.get(0) + "/remove", confirm, Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(links(member.id())).containsExactly(linkIds.get(1));

        HttpResponse<String> after = browser.get("/profile/sign-in");
        assertThat(after.body())
                .contains("The provider is no longer linked to your account.")
                .contains("Your only way to log in")
                .doesNotContain("/profile/sign-in/" + linkIds.get(1) + "/remove\"");
        HttpResponse<String> last = browser.post("/profile/sign-in/" + linkIds.get(1) + "/remove", after, Map.of());
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(links(member.id())).containsExactly(linkIds.get(1));
    }

    @Test
    void aLoggedInMemberLinksAnAccountTheyHaveUnderAnotherAddress() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        ProviderJourney browser = new ProviderJourney(port);
        browser.logIn(provider.person(member.email(), true, member.name()));
        String otherAddress = "directory-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        // An address the provider does not vouch for: linking rests on the member being logged in, not on it.
        String directoryAccount = provider.person(otherAddress, false, "Directory Name");

        HttpResponse<String> settings = browser.get("/profile/sign-in");
        assertThat(settings.body()).contains("Link an account at Acme Directory");
        browser.forgetProvider();
        HttpResponse<String> started =
                browser.post("/profile/sign-in/link/" + TestProvider.DIRECTORY_REGISTRATION, settings, Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElseThrow())
                .endsWith("/oauth2/authorization/" + TestProvider.DIRECTORY_REGISTRATION);
        assertThat(browser.logIn(directoryAccount, TestProvider.DIRECTORY_REGISTRATION))
                .isEqualTo("/profile/sign-in");
        assertThat(browser.get("/profile/sign-in").body())
                .contains("The provider is linked to your account")
                .contains("Acme Directory");
        assertThat(links(member.id())).hasSize(2);
        assertThat(memberWith(otherAddress))
                .as("no account for the other address")
                .isNull();

        // Later, that account logs in as the member.
        ProviderJourney later = new ProviderJourney(port);
        assertThat(later.logIn(directoryAccount, TestProvider.DIRECTORY_REGISTRATION))
                .isEqualTo("/");
        assertThat(later.get("/profile").body()).contains(member.name()).doesNotContain("Directory Name");
        assertThat(loggedInEntries(member.id()))
                .extracting(AuditEntryView::note)
                .contains("Acme Directory (linked)");
    }

    @Test
    void anAccountLinkedToAnotherMemberIsNeverTakenOverAndLinkingNeedsItsToken() throws Exception {
        Person owner = fixtures.member(MemberRole.MEMBER);
        String ownersAccount = provider.person(owner.email(), true, owner.name());
        new ProviderJourney(port).logIn(ownersAccount);
        Person member = fixtures.member(MemberRole.MEMBER);
        ProviderJourney browser = new ProviderJourney(port);
        browser.logIn(provider.person(member.email(), true, member.name()));
        List<Long> before = links(member.id());

        HttpResponse<String> settings = browser.get("/profile/sign-in");
        browser.forgetProvider();
        browser.post("/profile/sign-in/link/" + TestProvider.REGISTRATION, settings, Map.of());
        assertThat(browser.logIn(ownersAccount)).isEqualTo("/profile/sign-in");
        assertThat(browser.get("/profile/sign-in").body()).contains("linked to another member of this community");
        assertThat(links(member.id())).isEqualTo(before);
        assertThat(links(owner.id())).hasSize(1);
        // Still logged in as themselves.
        assertThat(browser.get("/profile").body()).contains(member.name()).doesNotContain(owner.name());

        // A provider nobody configured is not there; the form needs its token.
        assertThat(browser.post("/profile/sign-in/link/nowhere", settings, Map.of())
                        .statusCode())
                .isEqualTo(404);
        mvc.perform(post("/profile/sign-in/link/" + TestProvider.REGISTRATION)
                        .with(user(member.email()).roles("MEMBER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void someoneElsesLinkCannotBeRemoved() throws Exception {
        Person owner = fixtures.member(MemberRole.MEMBER);
        new ProviderJourney(port).logIn(provider.person(owner.email(), true, owner.name()));
        new ProviderJourney(port).logIn(provider.person(owner.email(), true, owner.name()));
        Person other = fixtures.member(MemberRole.MEMBER);
        ProviderJourney browser = new ProviderJourney(port);
        browser.logIn(provider.person(other.email(), true, other.name()));
        HttpResponse<String> page = browser.get("/profile/sign-in");

        long theirs = links(owner.id()).get(0);
        assertThat(browser.get("/profile/sign-in/" + theirs + "/remove").statusCode())
                .isEqualTo(404);
        assertThat(browser.post("/profile/sign-in/" + theirs + "/remove", page, Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(links(owner.id())).hasSize(2);
    }

    @Test
    void theProvidersAnswerCountsAgainstTheAddresssLogInAllowance() throws Exception {
        String person =
                provider.person("rate-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test", true, "R");
        try {
            for (int i = 0; i < 10_000; i++) {
                fixtures.limits().consume(RateLimits.Action.LOG_IN_FROM_ADDRESS, "ip:127.0.0.1");
            }
        } catch (RateLimitExceededException expected) {
            // The allowance of this address is used up, as by many password log-ins.
        }
        assertThat(new ProviderJourney(port).logIn(person)).isEqualTo("HTTP 429");
    }

    @Test
    void theLogInPageOffersTheProviderAndNoPasswordInSsoOnlyMode() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Log in with Acme SSO")
                .contains("href=\"/oauth2/authorization/acme\"")
                .doesNotContain("name=\"password\"");
    }

    @Test
    void passwordLogInSignUpAndResetAreRefusedInSsoOnlyMode() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        MvcResult login = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", member.email())
                        .param("password", TestFixtures.PASSWORD))
                .andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(403);
        assertThat(login.getResponse().getContentAsString())
                .contains("Passwords are not accepted here")
                .contains("Log in with Acme SSO");
        assertThat(mvc.perform(get("/profile").session(sessionOf(login)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("not signed in")
                .isEqualTo(302);

        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        MvcResult signUp = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "New Person")
                        .param("password", "a long and unusual passphrase")
                        .param("agree", "true"))
                .andReturn();
        assertThat(signUp.getResponse().getStatus()).isEqualTo(403);
        assertThat(memberWith(email)).isNull();

        MvcResult reset = mvc.perform(post("/password-reset").with(csrf()).param("email", member.email()))
                .andReturn();
        assertThat(reset.getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/password-reset")).andReturn().getResponse().getContentAsString())
                .contains("Password log-in, joining with a password and password reset are off");
    }

    @Test
    void onlyAnAdminPassesTheBreakGlassPasswordLogIn() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person member = fixtures.member(MemberRole.MEMBER);

        MvcResult adminIn = mvc.perform(post("/login/admin")
                        .with(csrf())
                        .param("email", admin.email())
                        .param("password", TestFixtures.PASSWORD))
                .andReturn();
        assertThat(adminIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/admin").session(sessionOf(adminIn)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        MvcResult memberIn = mvc.perform(post("/login/admin")
                        .with(csrf())
                        .param("email", member.email())
                        .param("password", TestFixtures.PASSWORD))
                .andReturn();
        assertThat(memberIn.getResponse().getRedirectedUrl()).isEqualTo("/login/admin?refused");
        assertThat(mvc.perform(get("/profile").session(sessionOf(memberIn)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        MvcResult wrong = mvc.perform(post("/login/admin")
                        .with(csrf())
                        .param("email", admin.email())
                        .param("password", "not the password at all"))
                .andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login/admin?error");
    }

    private static org.springframework.mock.web.MockHttpSession sessionOf(MvcResult result) {
        return (org.springframework.mock.web.MockHttpSession)
                result.getRequest().getSession();
    }

    private List<Long> links(long memberId) {
        return jdbc.sql("select id from member_provider_link where member_id = ? order by linked_at, id")
                .param(memberId)
                .query(Long.class)
                .list();
    }

    private List<AuditEntryView> loggedInEntries(long memberId) {
        return audit.entriesAbout(memberId, 1, 20).items().stream()
                .filter(e -> e.action() == AuditAction.LOGGED_IN_WITH_PROVIDER)
                .toList();
    }
}
