package org.hros.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hros.casestudy.Licence;
import org.hros.image.TestImages;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.member.SignUpMode;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditEntryView;
import org.hros.moderation.AuditLog;
import org.hros.site.domain.SiteSettingsService;
import org.hros.site.domain.SiteSettingsValues;
import org.hros.support.IntegrationTestBase;
import org.hros.support.MailOutage;
import org.hros.support.SiteScene;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Admins set the community's name, tagline, logo, texts, contact, default licence and sign-up mode; every page shows
 * them at once on this node (and on others within the cache's 30 seconds), each change is audited, and bad input is
 * refused field by field with what was typed kept.
 */
class SiteSettingsTests extends IntegrationTestBase {

    @Autowired
    SiteSettingsService settings;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutage mail;

    @LocalServerPort
    int port;

    Person admin;
    SiteScene scene;

    @BeforeEach
    void anAdmin() {
        admin = fixtures.member(MemberRole.ADMIN);
        scene = new SiteScene(settings, admin.id());
    }

    @AfterEach
    void putTheSettingsBack() {
        mail.end();
        scene.close();
    }

    private MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    private MockHttpServletRequestBuilder saveForm(String name, String tagline, String contact) {
        return post("/admin/settings")
                .with(csrf())
                .with(user(principal(admin, MemberRole.ADMIN)))
                .param("communityName", name)
                .param("tagline", tagline)
                .param("welcomeText", "Welcome, **peers** of " + name)
                .param("groundRules", "## Rules of " + name + "\n\n- No sales pitches.")
                .param("contactAddress", contact)
                .param("defaultLicence", "CC_BY_SA_4_0")
                .param("signUpMode", "OPEN");
    }

    private static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void savedSettingsShowInEveryTitleHeaderAndFooterAndAreAudited() throws Exception {
        String key = key();
        String name = "Talent Commons " + key;
        String contact = "team-" + key + "@commons.example";
        String before = settings.values().communityName();
        // A visitor's page kept before the save is not served after it: every page shows the name.
        assertThat(mvc.perform(get("/cases")).andReturn().getResponse().getContentAsString())
                .contains("<span class=\"brand__name\">" + before + "</span>");
        mvc.perform(saveForm(name, "Failing forward " + key, contact))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "settings.saved"));

        String page = mvc.perform(get("/cases")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("· " + name + "</title>");
        assertThat(page).contains("<span class=\"brand__name\">" + name + "</span>");
        assertThat(page).contains("<span class=\"brand__tagline\">Failing forward " + key + "</span>");
        assertThat(page).contains("<span class=\"site-footer__community\">" + name + "</span>");
        assertThat(page).contains("href=\"mailto:" + contact + "\"");
        assertThat(page).contains("href=\"/rules\"");

        mvc.perform(get("/rules"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Rules of " + name + "</h2>")))
                .andExpect(content().string(containsString("No sales pitches.")));
        // An error page, as the server sends it, tells whom to write to.
        HttpResponse<String> notFound = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page-" + key))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("mailto:" + contact).contains("· " + name + "</title>");

        List<String> notes = audit.entries(1, 50).items().stream()
                .filter(e -> e.action() == AuditAction.CHANGED_SETTING && e.actorId() == admin.id())
                .map(AuditEntryView::note)
                .toList();
        assertThat(notes).contains("community name: '" + before + "' → '" + name + "'");
        assertThat(notes).anyMatch(n -> n.startsWith("contact address: ") && n.endsWith("→ '" + contact + "'"));
    }

    @Test
    void theDefaultsComeFromTheConfigurationAndTheGroundRulesForbidSalesPitches() throws Exception {
        mvc.perform(get("/rules"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No sales pitches")))
                .andExpect(content().string(containsString("Disclose vendor relationships")));
    }

    @Test
    void aSaveShowsAtOnceHereAndOnOtherNodesOnceTheCacheExpires() throws Exception {
        String key = key();
        SiteSettingsValues values = settings.values();
        scene.save(new SiteSettingsValues(
                "Before " + key,
                values.tagline(),
                values.logo(),
                values.welcomeText(),
                values.groundRules(),
                values.contactAddress(),
                values.defaultLicence(),
                values.signUpMode()));
        assertThat(title()).endsWith("· Before " + key);
        // Saved here: this node shows it at once.
        scene.save(settingsNamed("After " + key));
        assertThat(title()).endsWith("· After " + key);

        // Another node writes the row: this node keeps what it has until that node's notice arrives ...
        jdbc.sql("update site_settings set community_name = ?")
                .param("Elsewhere " + key)
                .update();
        assertThat(title()).endsWith("· After " + key);
        // ... which empties the cached settings, then the kept pages, as another node's save does.
        jdbc.sql("select pg_notify('hros_page_cache', 'another-node')").query().listOfRows();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(title()).endsWith("· Elsewhere " + key));
    }

    @Test
    void withoutNoticesFromOtherNodesTheCachedSettingsExpire() throws Exception {
        String key = key();
        scene.save(settingsNamed("Kept " + key));
        assertThat(title()).endsWith("· Kept " + key);
        jdbc.sql("update site_settings set community_name = ?")
                .param("Expired " + key)
                .update();
        clock.advance(Duration.ofSeconds(31));
        assertThat(settings.current().communityName()).isEqualTo("Expired " + key);
    }

    private SiteSettingsValues settingsNamed(String name) {
        SiteSettingsValues v = settings.values();
        return new SiteSettingsValues(
                name,
                v.tagline(),
                v.logo(),
                v.welcomeText(),
                v.groundRules(),
                v.contactAddress(),
                v.defaultLicence(),
                v.signUpMode());
    }

    private String title() throws Exception {
        String page = mvc.perform(get("/cases")).andReturn().getResponse().getContentAsString();
        return page.substring(page.indexOf("<title>") + 7, page.indexOf("</title>"));
    }

    @Test
    void badInputIsRefusedFieldByFieldWithTheTypedValuesKeptAndNothingSaved() throws Exception {
        SiteSettingsValues before = settings.values();
        String tooLong = "N".repeat(81);
        mvc.perform(post("/admin/settings")
                        .with(csrf())
                        .with(user(principal(admin, MemberRole.ADMIN)))
                        .param("communityName", tooLong)
                        .param("tagline", "Kept tagline")
                        .param("welcomeText", "Kept welcome")
                        .param("groundRules", "")
                        .param("contactAddress", "not-an-address")
                        .param("defaultLicence", "CC0")
                        .param("signUpMode", "CLOSED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Keep the community name to 80 characters or fewer.")))
                .andExpect(content().string(containsString("Enter the ground rules.")))
                .andExpect(content().string(containsString("Enter a valid e-mail address, like team@example.org.")))
                .andExpect(content().string(containsString("Choose one of the licences listed.")))
                .andExpect(content().string(containsString("Choose one of the sign-up modes listed.")))
                .andExpect(content().string(containsString("value=\"" + tooLong + "\"")))
                .andExpect(content().string(containsString("value=\"not-an-address\"")))
                .andExpect(content().string(containsString("value=\"Kept tagline\"")));
        assertThat(settings.values()).isEqualTo(before);
    }

    @Test
    void onlyAdminsReachTheSettings() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        mvc.perform(get("/admin/settings").with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isForbidden());
        mvc.perform(saveForm("Taken over", "", "x@example.org").with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/settings").with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"communityName\"")));
    }

    @Test
    void newCasesStartWithTheDefaultLicenceAndVisitorsReadTheWelcome() throws Exception {
        String key = key();
        mvc.perform(saveForm("Commons " + key, "", "team@commons.example")).andExpect(status().is3xxRedirection());
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/write/case").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"CC_BY_SA_4_0\" checked")))
                .andExpect(content().string(not(containsString("value=\"CC_BY_4_0\" checked"))));
        assertThat(settings.current().defaultLicence()).isEqualTo(Licence.CC_BY_SA_4_0);
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("Welcome, <strong>peers</strong> of Commons " + key)));
    }

    @Test
    void aLogoIsUploadedThroughTheImagesAndShownInTheHeader() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "logo.png", "image/png", TestImages.png(64, 64));
        mvc.perform(multipart("/admin/settings/logo")
                        .file(file)
                        .with(csrf())
                        .with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "settings.logo.saved"));
        String logo = settings.current().logo();
        assertThat(logo).matches("/images/[0-9a-f]{32}");
        mvc.perform(get("/cases")).andExpect(content().string(containsString("class=\"brand__logo\" src=\"" + logo)));
        mvc.perform(get(logo)).andExpect(status().isOk());

        MockMultipartFile notAnImage = new MockMultipartFile("file", "logo.png", "image/png", new byte[] {1, 2, 3});
        mvc.perform(multipart("/admin/settings/logo")
                        .file(notAnImage)
                        .with(csrf())
                        .with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"logo-error\"")));
        assertThat(settings.current().logo()).isEqualTo(logo);

        mvc.perform(post("/admin/settings/logo/remove").with(csrf()).with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases")).andExpect(content().string(not(containsString("brand__logo"))));
    }

    @Test
    void theTestEmailSaysWhetherTheMailServerAcceptedIt() throws Exception {
        mvc.perform(post("/admin/settings/test-mail").with(csrf()).with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "settings.testMail.ACCEPTED"));
        List<MimeMessage> received = TestMail.to(admin.email(), 1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("Test e-mail from " + settings.current().communityName());

        mail.begin();
        mvc.perform(post("/admin/settings/test-mail").with(csrf()).with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "settings.testMail.REFUSED"));
    }

    @Test
    void theSignUpModeIsASetting() {
        scene.signUp(SignUpMode.APPROVAL);
        assertThat(settings.signUpMode()).isEqualTo(SignUpMode.APPROVAL);
    }
}
