package org.hros.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hros.member.MemberRole;
import org.hros.moderation.FlagsDecided;
import org.hros.shared.SubjectType;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * An event whose listener failed is delivered again without waiting for a restart, after a back-off that grows with
 * its attempts, and then counts as completed.
 */
class FailedEventRetriesTests extends IntegrationTestBase {

    private static final String LISTENER =
            "org.hros.notification.domain.FlagOutcomeNotices.on(org.hros.moderation.FlagsDecided)";

    @Autowired
    FailedEventRetries retries;

    @Autowired
    EventSerializer serializer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedDeliveryIsMadeAgainAndCompletes() {
        Person flagger = fixtures.member(MemberRole.MEMBER);
        long item = System.nanoTime() % 1_000_000_000L;
        String title = "Retried decision " + UUID.randomUUID();
        FlagsDecided event = new FlagsDecided(
                SubjectType.REQUEST,
                item,
                FlagsDecided.Outcome.KEPT,
                title,
                "Fair question",
                "/requests/" + item,
                Set.of(flagger.id()),
                item);
        UUID id = UUID.randomUUID();
        Instant failedAt = clock.instant().minus(Duration.ofMinutes(5));
        jdbc.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts) values (?, ?, ?, ?, ?, 'FAILED', 1)")
                .params(
                        id,
                        LISTENER,
                        FlagsDecided.class.getName(),
                        serializer.serialize(event).toString(),
                        Timestamp.from(failedAt))
                .update();

        // Not through retryFailed(): its cluster lock may be held by the scheduled run of another application on
        // the same database, and a call that finds it held does nothing.
        retries.resubmitDue();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("select completion_date from event_publication where id = ?")
                            .param(id)
                            .query(Timestamp.class)
                            .optional())
                    .as("the publication completed")
                    .isPresent()
                    .get()
                    .isNotNull();
            assertThat(jdbc.sql("select text from notice where recipient_id = ? and category = 'FLAG_OUTCOMES'")
                            .param(flagger.id())
                            .query(String.class)
                            .list())
                    .anyMatch(text -> text.contains(title) && text.contains("they kept it"));
        });
    }

    @Test
    void eachAttemptWaitsTwiceAsLongUpToAnHour() {
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        assertThat(FailedEventRetries.due(failed(now.minusSeconds(59), 1, null), now))
                .isFalse();
        assertThat(FailedEventRetries.due(failed(now.minusSeconds(60), 1, null), now))
                .isTrue();
        assertThat(FailedEventRetries.due(failed(now.minusSeconds(600), 3, now.minusSeconds(200)), now))
                .as("the third attempt waits four minutes after the last resubmission")
                .isFalse();
        assertThat(FailedEventRetries.due(failed(now.minusSeconds(600), 3, now.minusSeconds(240)), now))
                .isTrue();
        assertThat(FailedEventRetries.due(failed(now.minus(Duration.ofDays(1)), 30, now.minusSeconds(3599)), now))
                .isFalse();
        assertThat(FailedEventRetries.due(failed(now.minus(Duration.ofDays(1)), 30, now.minusSeconds(3600)), now))
                .isTrue();
    }

    private static EventPublication failed(Instant published, int attempts, Instant lastResubmission) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "event";
            }

            @Override
            public Instant getPublicationDate() {
                return published;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return Status.FAILED;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return lastResubmission;
            }

            @Override
            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
