package org.hros.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.webhook.Receiver.Received;
import org.hros.webhook.domain.DeliveryAttemptView;
import org.hros.webhook.domain.WebhookCommand;
import org.hros.webhook.domain.WebhookEventType;
import org.hros.webhook.domain.WebhookSender;
import org.hros.webhook.domain.WebhookView;
import org.hros.webhook.domain.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: a real HTTP receiver on this machine's loopback gets each event signed with the webhook's
 * secret (checked here with an implementation of the scheme of its own), failed deliveries are retried after the
 * documented pauses and then given up, an admin reads the log and resends, an endpoint failing for days is paused
 * and the admins are told.
 */
class WebhookDeliveryTests extends IntegrationTestBase {

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookSender sender;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    LiveSessions liveSessions;

    @Autowired
    MemberDirectory directory;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    Receiver receiver;
    Person admin;
    Person editor;
    final List<Long> made = new ArrayList<>();

    @BeforeEach
    void startTheReceiver() throws Exception {
        receiver = new Receiver();
        admin = fixtures.member(MemberRole.ADMIN);
        editor = fixtures.member(MemberRole.EDITOR);
    }

    @AfterEach
    void removeTheWebhooks() {
        made.forEach(id -> {
            if (webhooks.list().stream().anyMatch(w -> w.id() == id)) {
                webhooks.delete(admin.id(), id);
            }
        });
        receiver.close();
    }

    @Test
    void eachEventReachesTheEndpointSignedWithTheSecretShownOnce() throws Exception {
        MvcResult created = mvc.perform(post("/admin/webhooks")
                        .with(csrf())
                        .with(user(principal(admin)))
                        .param("url", receiver.url())
                        .param("description", "Post news to the team chat")
                        .param("events", "CASE_PUBLISHED", "REQUEST_ANSWERED", "SESSION_SCHEDULED"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String secret = (String) created.getFlashMap().get("newSecret");
        assertThat(secret).startsWith("whsec_");
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        made.add(id);
        assertThat(page(id, created)).contains(secret);
        assertThat(page(id, null)).as("the secret is shown once").doesNotContain(secret);

        Person author = fixtures.member(MemberRole.MEMBER);
        long caseId = fixtures.published(
                author, editor, "Our referral bonus doubled and referrals fell", Outcome.FAILURE, Topic.of("sourcing"));
        JsonNode published = payload(awaitOne(secret, event("case.published", caseId)));
        assertThat(published.path("data").path("title").asString())
                .isEqualTo("Our referral bonus doubled and referrals fell");
        assertThat(published.path("data").path("outcome").asString()).isEqualTo("failure");
        assertThat(published.path("data").path("attribution").path("mode").asString())
                .isEqualTo("NAMED");
        assertThat(published.path("data").path("attribution").path("name").asString())
                .isEqualTo(author.name());
        assertThat(published.path("data").path("url").asString()).contains("/cases/" + caseId + "/");

        long requestId = agenda.post(
                author.id(),
                new RequestCommand(
                        "Referral schemes that survive a hiring freeze",
                        "We need a real account of this.",
                        List.of(Topic.of("sourcing")),
                        List.of(Skill.of("data-analysis")),
                        null,
                        null));
        agenda.linkCase(requestId, caseId, editor.id());
        JsonNode answered = payload(awaitOne(secret, event("request.answered", requestId)));
        assertThat(answered.path("data").path("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.path("data").path("answeredBy").get(0).path("id").asLong())
                .isEqualTo(caseId);

        long sessionId = schedule("Clinic: referral schemes after the freeze");
        JsonNode scheduled = payload(awaitOne(secret, event("session.scheduled", sessionId)));
        assertThat(scheduled.path("data").path("title").asString())
                .isEqualTo("Clinic: referral schemes after the freeze");
        assertThat(scheduled.path("data").path("kind").asString()).isEqualTo("CLINIC");

        awaitAttempts(id, 3);
        assertThat(webhooks.attempts(id, 1, 25).items())
                .extracting(DeliveryAttemptView::statusCode)
                .containsOnly(204);
    }

    @Test
    void anAnonymousCaseReachesTheEndpointWithoutItsAuthor() throws Exception {
        String secret = create(Set.of(WebhookEventType.CASE_PUBLISHED)).secret();
        Person author = fixtures.member(MemberRole.MEMBER);
        // Every trace of the author (name, handle, address, company) carries this member's random key.
        String key = author.email().replaceAll("^member-|@.*$", "");
        long caseId = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(
                                "Video interviews nobody finished",
                                Outcome.FAILURE,
                                Topic.of("sourcing"),
                                AttributionMode.ANONYMOUS));
        fixtures.authoring().submit(author.id(), caseId);
        fixtures.reviews().claim(caseId, editor.id());
        fixtures.reviews().publish(caseId, editor.id());

        Received received = awaitOne(secret, event("case.published", caseId));
        assertThat(received.body()).doesNotContainIgnoringCase(key).doesNotContain(author.name());
        JsonNode body = payload(received);
        assertThat(body.path("data").path("attribution").path("mode").asString())
                .isEqualTo("ANONYMOUS");
        assertThat(body.path("data").path("attribution").path("name").isNull()).isTrue();
        assertThat(body.path("data").path("attribution").path("profileUrl").isNull())
                .isTrue();
        // Times about a case that does not name its author are cut to the day, in payloads as everywhere.
        assertThat(Instant.parse(body.path("timestamp").asString()))
                .isEqualTo(Instant.parse(body.path("timestamp").asString()).truncatedTo(ChronoUnit.DAYS));
        assertThat(Instant.parse(body.path("data").path("publishedAt").asString()))
                .isEqualTo(Instant.parse(body.path("data").path("publishedAt").asString())
                        .truncatedTo(ChronoUnit.DAYS));
    }

    @Test
    void failedDeliveriesAreRetriedWithBackOffThenGivenUpAndAnAdminResendsThem() throws Exception {
        Created webhook = create(Set.of(WebhookEventType.SESSION_SCHEDULED));
        receiver.answer(500, 500, 500, 500, 500, 500);
        long sessionId = schedule("Podcast: the referral scheme we scrapped");
        Received first = awaitOne(webhook.secret(), event("session.scheduled", sessionId));
        String messageId = first.header("webhook-id");
        Predicate<Received> same = r -> messageId.equals(r.header("webhook-id"));
        awaitAttempts(webhook.id(), 1);

        List<Duration> pauses = List.of(
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(12));
        for (int i = 0; i < pauses.size(); i++) {
            int before = receiver.matching(same).size();
            DeliveryAttemptView last =
                    webhooks.attempts(webhook.id(), 1, 25).items().get(0);
            assertThat(last.statusCode()).isEqualTo(500);
            assertThat(last.attempt()).isEqualTo(i + 1);
            assertThat(Duration.between(last.attemptedAt(), last.nextAttemptAt()))
                    .isEqualTo(pauses.get(i));
            clock.advance(pauses.get(i).minusSeconds(20));
            sender.sendDue();
            assertThat(receiver.matching(same))
                    .as("not before the pause is over")
                    .hasSize(before);
            clock.advance(Duration.ofSeconds(20));
            awaitCount(same, before + 1);
            awaitAttempts(webhook.id(), before + 1);
        }
        assertThat(receiver.matching(same)).allSatisfy(r -> assertSigned(webhook.secret(), r, false));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> "FAILED"
                        .equals(webhooks.attempts(webhook.id(), 1, 25)
                                .items()
                                .get(0)
                                .deliveryStatus()));
        clock.advance(Duration.ofDays(1));
        sender.sendDue();
        assertThat(receiver.matching(same)).as("given up after six attempts").hasSize(6);

        String log = page(webhook.id(), null);
        assertThat(log).contains("500", "Given up", "Resend", "session.scheduled", messageId);

        long deliveryId = webhooks.attempts(webhook.id(), 1, 25).items().get(0).deliveryId();
        mvc.perform(post("/admin/webhooks/" + webhook.id() + "/deliveries/" + deliveryId + "/resend")
                        .with(csrf())
                        .with(user(principal(admin))))
                .andExpect(status().is3xxRedirection());
        awaitCount(same, 7);
        Received resent = receiver.matching(same).get(6);
        assertSigned(webhook.secret(), resent);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            DeliveryAttemptView newest =
                    webhooks.attempts(webhook.id(), 1, 25).items().get(0);
            assertThat(newest.statusCode()).isEqualTo(204);
            assertThat(newest.attempt()).isEqualTo(7);
            assertThat(newest.deliveryStatus()).isEqualTo("DELIVERED");
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where actor_id = ? and action = 'WEBHOOK_RESENT'")
                        .param(admin.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEndpointFailingForDaysIsPausedAndTheAdminsAreTold() throws Exception {
        Created webhook = create(Set.of(WebhookEventType.SESSION_SCHEDULED));
        receiver.answer(503, 503, 503);
        long sessionId = schedule("Talk: careers sites that load on a train");
        Received first = awaitOne(webhook.secret(), event("session.scheduled", sessionId));
        Predicate<Received> same = r -> first.header("webhook-id").equals(r.header("webhook-id"));
        awaitAttempts(webhook.id(), 1);
        assertThat(webhooks.find(webhook.id()).failingSince()).isNotNull();

        clock.advance(Duration.ofMinutes(1).plusSeconds(5));
        awaitCount(same, 2);
        awaitAttempts(webhook.id(), 2);
        assertThat(webhooks.find(webhook.id()).active())
                .as("failing for minutes only")
                .isTrue();

        clock.advance(Duration.ofDays(3));
        awaitCount(same, 3);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !webhooks.find(webhook.id()).active());
        WebhookView paused = webhooks.find(webhook.id());
        assertThat(paused.pausedForFailing()).isTrue();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("select text from notice where recipient_id = ?"
                                        + " and category = 'OPERATIONS' and link = ?")
                                .params(admin.id(), "/admin/webhooks/" + webhook.id())
                                .query(String.class)
                                .list())
                        .singleElement()
                        .asString()
                        .contains(receiver.url(), "paused"));
        assertThat(page(webhook.id(), null)).contains("Paused: kept failing");

        // Paused: what waits is not sent, even when due.
        clock.advance(Duration.ofHours(1));
        sender.sendDue();
        assertThat(receiver.matching(same)).hasSize(3);

        mvc.perform(post("/admin/webhooks/" + webhook.id() + "/resume")
                        .with(csrf())
                        .with(user(principal(admin))))
                .andExpect(status().is3xxRedirection());
        awaitCount(same, 4);
        assertSigned(webhook.secret(), receiver.matching(same).get(3));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(webhooks.find(webhook.id()).failingSince()).isNull());
    }

    record Created(long id, String secret) {}

    private Created create(Set<WebhookEventType> events) {
        var created = webhooks.create(admin.id(), new WebhookCommand(receiver.url(), "Integration test", events));
        made.add(created.id());
        return new Created(created.id(), created.secret());
    }

    private long schedule(String title) {
        String handle = directory.find(editor.id()).orElseThrow().handle();
        return liveSessions.schedule(
                editor.id(),
                new LiveSessionCommand(
                        SessionKind.CLINIC,
                        title,
                        "We work through **failed** referral schemes together.",
                        clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        20,
                        "https://meet.example/hros",
                        null,
                        null,
                        List.of(handle),
                        Set.of(Topic.of("sourcing"))));
    }

    private Predicate<Received> event(String type, long dataId) {
        return r -> {
            JsonNode body = payload(r);
            return type.equals(body.path("type").asString())
                    && body.path("data").path("id").asLong() == dataId;
        };
    }

    private Received awaitOne(String secret, Predicate<Received> which) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    sender.sendDue();
                    return !receiver.matching(which).isEmpty();
                });
        Received received = receiver.matching(which).get(0);
        assertSigned(secret, received);
        JsonNode body = payload(received);
        assertThat(body.path("id").asString()).isEqualTo(received.header("webhook-id"));
        assertThat(received.header("content-type")).startsWith("application/json");
        return received;
    }

    private void awaitCount(Predicate<Received> which, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    sender.sendDue();
                    return receiver.matching(which).size() >= count;
                });
        assertThat(receiver.matching(which)).hasSize(count);
    }

    private void awaitAttempts(long webhookId, long count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> webhooks.attempts(webhookId, 1, 1).total() >= count);
    }

    /** The receiver's side of Standard Webhooks, written here independently of HROS's signer. */
    private void assertSigned(String secret, Received received) {
        assertSigned(secret, received, true);
    }

    private void assertSigned(String secret, Received received, boolean justNow) {
        try {
            String id = received.header("webhook-id");
            String timestamp = received.header("webhook-timestamp");
            assertThat(id).startsWith("msg_");
            if (justNow) {
                assertThat(Math.abs(Long.parseLong(timestamp) - clock.instant().getEpochSecond()))
                        .as("timestamp within five minutes of now")
                        .isLessThan(300);
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1,"
                    + Base64.getEncoder()
                            .encodeToString(mac.doFinal(
                                    (id + "." + timestamp + "." + received.body()).getBytes(StandardCharsets.UTF_8)));
            assertThat(List.of(received.header("webhook-signature").split(" "))).contains(expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode payload(Received received) {
        return json.readTree(received.body());
    }

    private String page(long id, MvcResult withFlash) throws Exception {
        var request = get("/admin/webhooks/" + id).with(user(principal(admin)));
        if (withFlash != null) {
            request.flashAttrs(withFlash.getFlashMap());
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.ADMIN, true, "");
    }
}
