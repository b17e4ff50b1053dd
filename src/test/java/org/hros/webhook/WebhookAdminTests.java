package org.hros.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.webhook.domain.DeliveryAttemptView;
import org.hros.webhook.domain.WebhookSender;
import org.hros.webhook.domain.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Admins manage webhooks on pages and through the API; addresses inside the network are refused when saved and
 * again before each delivery, so HROS is never made to post into the network it runs in.
 */
class WebhookAdminTests extends IntegrationTestBase {

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookSender sender;

    @Autowired
    LiveSessions liveSessions;

    @Autowired
    MemberDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void addressesInsideTheNetworkOrWithoutHttpsAreRefusedNamingTheField() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        long before = count();
        for (String url : List.of(
                "https://10.0.0.8/hook",
                "https://192.168.1.10/hook",
                "https://172.16.4.2/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://0.0.0.0/hook",
                "https://intranet/hook",
                "https://printer.local/hook")) {
            mvc.perform(post("/admin/webhooks")
                            .with(csrf())
                            .with(user(WebhookDeliveryTests.principal(admin)))
                            .param("url", url)
                            .param("description", "Somewhere inside")
                            .param("events", "CASE_PUBLISHED"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.containsString(
                                    "This address is in a private, loopback or link-local network.")));
        }
        for (String url : List.of("http://hooks.example.org/hook", "ftp://hooks.example.org/hook")) {
            mvc.perform(post("/admin/webhooks")
                            .with(csrf())
                            .with(user(WebhookDeliveryTests.principal(admin)))
                            .param("url", url)
                            .param("description", "Plain text")
                            .param("events", "CASE_PUBLISHED"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Endpoints must use https://.")));
        }
        mvc.perform(post("/admin/webhooks")
                        .with(csrf())
                        .with(user(WebhookDeliveryTests.principal(admin)))
                        .param("url", "https://hooks.example.org/hook")
                        .param("description", "")
                        .param("events", "EVERYTHING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose among the events listed")));
        String token = fixtures.token(admin);
        mvc.perform(post("/api/v1/admin/webhooks")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://10.1.2.3/hook\",\"description\":\"x\",\"events\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("url")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("events")));
        assertThat(count()).as("nothing half-written").isEqualTo(before);
    }

    @Test
    void anAddressThatPointsInsideByDeliveryTimeIsRefusedBeforeAnythingIsSent() {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        // As if the endpoint's name had been pointed at an internal address after the webhook was saved.
        long webhookId = jdbc.sql("""
                        insert into webhook (url, description, events, secret, active, created_by, created_at,
                            updated_at)
                        values ('https://10.20.30.40/hook', 'Rebound name', 'SESSION_SCHEDULED',
                            'whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=', true, ?, now(), now())
                        returning id""").param(admin.id()).query(Long.class).single();
        try {
            liveSessions.schedule(
                    editor.id(),
                    new LiveSessionCommand(
                            SessionKind.TALK,
                            "Talk: onboarding that starts before day one",
                            "What we changed.",
                            clock.instant().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                            45,
                            50,
                            "https://meet.example/hros",
                            null,
                            null,
                            List.of(directory.find(editor.id()).orElseThrow().handle()),
                            Set.of(Topic.of("sourcing"))));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                sender.sendDue();
                return webhooks.attempts(webhookId, 1, 5).total() > 0;
            });
            DeliveryAttemptView attempt =
                    webhooks.attempts(webhookId, 1, 5).items().get(0);
            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.durationMillis()).isZero();
            assertThat(attempt.error()).startsWith("Refused");
            assertThat(attempt.deliveryStatus()).isEqualTo("PENDING");
        } finally {
            webhooks.delete(admin.id(), webhookId);
        }
    }

    @Test
    void adminsManageWebhooksThroughTheApiAndOthersAreRefused() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String adminToken = fixtures.token(admin);
        mvc.perform(get("/api/v1/admin/webhooks").header("Authorization", "Bearer " + fixtures.token(editor)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/admin/webhooks")).andExpect(status().isUnauthorized());

        String created = mvc.perform(post("/api/v1/admin/webhooks")
                        .header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"url":"https://hooks.example.org/hros","description":"Chat bridge",
                                 "events":["case.published","session.scheduled"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(startsWith("whsec_")))
                .andExpect(jsonPath("$.webhook.events[0]").value("case.published"))
                .andExpect(jsonPath("$.webhook.active").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/admin/webhooks/" + id + "/pause").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.pausedReason").value("ADMIN"));
        mvc.perform(post("/api/v1/admin/webhooks/" + id + "/secret").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").value(startsWith("whsec_")));
        mvc.perform(get("/api/v1/admin/webhooks/" + id + "/deliveries").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/admin/webhooks").with(user(WebhookDeliveryTests.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("https://hooks.example.org/hros")));
        mvc.perform(delete("/api/v1/admin/webhooks/" + id).header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/admin/webhooks/" + id).header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select action from audit_entry where actor_id = ? order by id")
                        .param(admin.id())
                        .query(String.class)
                        .list())
                .containsExactly("WEBHOOK_CREATED", "WEBHOOK_PAUSED", "WEBHOOK_SECRET_REGENERATED", "WEBHOOK_DELETED");
    }

    @Test
    void onlyAdminsChooseHowTheyHearThatTheInstallationNeedsThem() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        mvc.perform(get("/settings/notifications").with(user(WebhookDeliveryTests.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The installation needs you")));
        mvc.perform(get("/settings/notifications")
                        .with(user(new org.hros.member.MemberPrincipal(
                                editor.id(),
                                editor.email(),
                                "h" + editor.id(),
                                editor.name(),
                                MemberRole.EDITOR,
                                true,
                                ""))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("The installation needs you"))));
    }

    private long count() {
        return jdbc.sql("select count(*) from webhook").query(Long.class).single();
    }
}
