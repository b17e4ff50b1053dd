package org.hros.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The operations page shows what an admin needs to see the site's plumbing at a glance: health, the index, a mail
 * waiting in the outbox, an event whose handler has not completed, and who holds a scheduled job's lock.
 */
class OperationsPageTests extends IntegrationTestBase {

    static final Instant QUEUED = Instant.parse("1999-01-01T00:00:00Z");
    static final Instant PUBLISHED = Instant.parse("1999-01-02T00:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsHealthTheIndexAWaitingMailAnIncompleteEventAndTheLocks() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person recipient = fixtures.member(MemberRole.MEMBER);
        UUID event = UUID.randomUUID();
        String lock = "operations-test-" + event.toString().substring(0, 8);
        // A mail queued long ago and not due for a long while yet, so no sender picks it up during the test.
        long mail = jdbc.sql("""
                        insert into notice_mail (recipient_id, category, status, send_after, next_attempt_at, created_at)
                        values (?, null, 'PENDING', ?, ?, ?) returning id
                        """)
                .params(
                        recipient.id(),
                        Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")),
                        Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")),
                        Timestamp.from(QUEUED))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
                        values (?, 'operations.test.listener', 'org.hros.operations.TestEvent', '{}', ?)
                        """).params(event, Timestamp.from(PUBLISHED)).update();
        jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, 'node-a.example')")
                .params(lock, Timestamp.from(Instant.now().plusSeconds(3600)), Timestamp.from(Instant.now()))
                .update();
        try {
            MockHttpServletResponse response = mvc.perform(get("/admin/operations")
                            .with(user(new MemberPrincipal(
                                    admin.id(),
                                    admin.email(),
                                    "h" + admin.id(),
                                    admin.name(),
                                    MemberRole.ADMIN,
                                    true,
                                    ""))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).contains("no-store");
            String page = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page)
                    .contains("<dt>Database</dt>", "<dt>Embedded database</dt>", "<dt>Liveness", "<dt>Readiness")
                    .contains("<dt>Mail server</dt>")
                    .contains("ops-status--up\">Up</span>")
                    .contains("Case documents", "Changes waiting to be indexed")
                    .contains("Notice mails", "Digest mails")
                    // The oldest waiting mail and the oldest incomplete event are the ones written here.
                    .contains("<time datetime=\"1999-01-01T00:00:00Z\">")
                    .contains("<time datetime=\"1999-01-02T00:00:00Z\">")
                    .contains("<code>" + lock + "</code>", "node-a.example", "Held")
                    .contains("href=\"/admin/operations\">Refresh</a>")
                    // Nothing about the person the mail is for.
                    .doesNotContain(recipient.email(), recipient.name());
            var waiting = java.util.regex.Pattern.compile("<dt>Waiting for their handlers</dt><dd>(\\d+)</dd>")
                    .matcher(page);
            assertThat(waiting.find()).isTrue();
            assertThat(Long.parseLong(waiting.group(1))).isPositive();
        } finally {
            jdbc.sql("delete from notice_mail where id = ?").param(mail).update();
            jdbc.sql("delete from event_publication where id = ?").param(event).update();
            jdbc.sql("delete from shedlock where name = ?").param(lock).update();
        }
    }
}
