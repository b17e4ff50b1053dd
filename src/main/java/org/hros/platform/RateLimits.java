package org.hros.platform;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hros.platform.security.RateLimitProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed allowances per action and caller (a network address, an account or a member), e.g. five sign-ups per
 * hour for one e-mail address and sixty from one network address. Counted in PostgreSQL with Bucket4j (one
 * bucket per action and caller, taken under its row lock), so that every node shares the same allowance and a
 * restart forgives nothing.
 */
@Component
public class RateLimits {

    /** The actions that have an allowance. */
    public enum Action {
        /** Signing up, counted per address typed in the form. */
        SIGN_UP,
        /** Signing up, counted per network address for everyone behind it: room for a team in one office. */
        SIGN_UP_FROM_ADDRESS,
        /** Logging in, counted per account typed in the form. */
        LOG_IN,
        /** Logging in, counted per network address for everyone behind it: room for an office, not for guessing. */
        LOG_IN_FROM_ADDRESS,
        PASSWORD_RESET,
        POST,
        /** Posting, counted per address for all the members behind it: a ceiling above one member's. */
        POST_FROM_ADDRESS,
        /** Posting by a member at the new trust level: a daily allowance of its own, below everyone else's. */
        NEW_MEMBER_POST,
        /** Anything that sends an e-mail: counted per recipient and per account. */
        MAIL,
        /** Anything that sends an e-mail, counted per address over all its recipients. */
        MAIL_FROM_ADDRESS,
        /** Previewing text while writing: often, but rendering costs, so not without end. */
        PREVIEW,
        /** Looking members up while typing an @mention: often, but not a way to list the community. */
        MENTION_LOOKUP,
        /** Downloading one's own data: a heavy read, a few times an hour per member. */
        DATA_EXPORT,
        /** Inviting someone to join by e-mail, counted per inviting member: enough to invite a team, not to spam. */
        INVITE;

        /**
         * What this action counts against for a whole network address: a ceiling for everyone behind it (an office,
         * a conference) where several people may rightly share one, else the action's own allowance.
         */
        public Action fromAddress() {
            return switch (this) {
                case SIGN_UP -> SIGN_UP_FROM_ADDRESS;
                case LOG_IN -> LOG_IN_FROM_ADDRESS;
                case POST -> POST_FROM_ADDRESS;
                case MAIL -> MAIL_FROM_ADDRESS;
                default -> this;
            };
        }
    }

    static final String TABLE = "rate_limit_bucket";

    /** A bucket full again is kept this much longer, then deleted by {@link RateLimitBucketCleanup}. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);

    private final RateLimitProperties properties;
    private final ProxyManager<String> buckets;
    private final JdbcClient jdbc;

    public RateLimits(RateLimitProperties properties, DataSource dataSource, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(applicationTime(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
                .build();
    }

    /**
     * Counts one use of {@code action} by {@code caller}.
     *
     * @throws RateLimitExceededException when the allowance for the current window is used up
     */
    public void consume(Action action, String caller) {
        RateLimitProperties.Allowance allowance = properties.allowance(action);
        // The whole allowance comes back at once when the period since the bucket began is over: a fixed window,
        // as the limits are stated ("five per hour").
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit ->
                        limit.capacity(allowance.requests()).refillIntervally(allowance.requests(), allowance.per()))
                .build();
        ConsumptionProbe probe = buckets.builder()
                .withImplicitConfigurationReplacement(version(allowance), TokensInheritanceStrategy.RESET)
                .build(key(action, caller), () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long waitMillis = TimeUnit.NANOSECONDS.toMillis(probe.getNanosToWaitForRefill());
            throw new RateLimitExceededException(Duration.ofMillis(Math.max(1000, waitMillis)));
        }
    }

    /** Forgets every count on every node; for tests that exercise limits. */
    public void reset() {
        jdbc.sql("delete from " + TABLE).update();
    }

    ProxyManager<String> buckets() {
        return buckets;
    }

    /**
     * The bucket's key: the action and a digest of the caller, so that an address or an IP never sits in the table
     * and any text a client sends (control characters included) makes a key PostgreSQL stores.
     */
    private static String key(Action action, String caller) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(caller.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return action + ":" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A changed allowance (a new configuration) replaces the one stored with a bucket, and starts it afresh. */
    private static long version(RateLimitProperties.Allowance allowance) {
        return 31L * allowance.requests() + allowance.per().toMillis();
    }

    /** The application's clock, which tests move, as Bucket4j reads time. */
    private static TimeMeter applicationTime(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
