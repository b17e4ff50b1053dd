package org.hros.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hros.member.MemberRole;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events an earlier run left unhandled are delivered again after the start, on a thread of their own, not while
 * the application starts; events published since the start are left to their first delivery.
 */
@TestPropertySource(properties = "spring.application.name=hros-demo-load")
class OutstandingEventsAfterStartTests extends IntegrationTestBase {

    @Autowired
    OutstandingEventsAfterStart outstanding;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventLeftUnhandledBeforeTheStartIsDeliveredAgainAfterIt() {
        var voter = fixtures.member(MemberRole.MEMBER);
        long requestId = 9_100_000L + voter.id();
        String path = "/requests/" + requestId;
        String fragment = "\"requestId\":" + requestId + ",";
        // The database refuses the voter's notice, so the event stays incomplete as after a stop.
        jdbc.sql("create or replace function refuse_outstanding() returns trigger as $$ begin"
                        + " if new.link = '" + path + "' then raise exception 'database unavailable'; end if;"
                        + " return new; end $$ language plpgsql")
                .update();
        jdbc.sql("create trigger refuse_outstanding before insert on notice for each row"
                        + " execute function refuse_outstanding()")
                .update();
        Instant beforePublication = Instant.now().minusSeconds(60);
        try {
            new TransactionTemplate(transactions)
                    .executeWithoutResult(status -> events.publishEvent(new RequestStatusChanged(
                            requestId,
                            requestId,
                            "Hiring without CVs",
                            path,
                            RequestStatus.OPEN,
                            RequestStatus.SOURCING,
                            null,
                            null,
                            Set.of(voter.id()))));
            await().atMost(Duration.ofSeconds(30)).until(() -> incomplete(fragment) > 0 && failed(fragment) > 0);
        } finally {
            jdbc.sql("drop trigger refuse_outstanding on notice").update();
            jdbc.sql("drop function refuse_outstanding()").update();
        }

        // A start before the event was published leaves it alone.
        assertThat(outstanding.resubmitPublishedBefore(beforePublication)).isZero();
        assertThat(incomplete(fragment)).isPositive();

        // A start after it delivers it: the voter gets their notice.
        assertThat(outstanding.resubmitPublishedBefore(Instant.now().plusSeconds(1)))
                .isPositive();
        await().atMost(Duration.ofSeconds(30)).until(() -> incomplete(fragment) == 0);
        assertThat(jdbc.sql("select count(*) from notice where recipient_id = ? and link = ?")
                        .params(voter.id(), path)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long incomplete(String fragment) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like ?")
                .param("%" + fragment + "%")
                .query(Long.class)
                .single();
    }

    private long failed(String fragment) {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like ?")
                .param("%" + fragment + "%")
                .query(Long.class)
                .single();
    }
}
