package org.hros.search.domain.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.lucene.store.AlreadyClosedException;
import org.hros.platform.db.DatabaseFaults;
import org.hros.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A search index that cannot be read — a disk error, a damaged or deleted file, an index closed under a search, an
 * OpenSearch cluster that does not answer — is nobody's fault in the request. Searches then answer 503 with
 * {@code Retry-After} ({@link SearchUnavailableException#indexFailing()}), while suggestions and related cases,
 * which only add to a page, are left out; the rest of the site works. It is logged once a minute with a count,
 * not with a stack trace per request. A database outage met while a search reads its cards stays a database
 * outage ({@link DatabaseFaults}).
 */
@Component
class IndexFaults {

    private static final Logger log = LoggerFactory.getLogger(IndexFaults.class);

    static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong unlogged = new AtomicLong();

    IndexFaults(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code failure}, or anything that caused it, says the index could not be read. */
    static boolean isIndexFault(Throwable failure) {
        if (DatabaseFaults.isOutage(failure)) {
            return false;
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof AlreadyClosedException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The search's answer, or a {@link SearchUnavailableException} when the index could not be read. */
    <T> T search(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!isIndexFault(e)) {
                throw e;
            }
            logged(e);
            throw SearchUnavailableException.indexFailing();
        }
    }

    /** The answer of {@code work}, or {@code otherwise} when the index could not be read. */
    <T> T orElse(Supplier<T> work, T otherwise) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!isIndexFault(e)) {
                throw e;
            }
            logged(e);
            return otherwise;
        }
    }

    private void logged(RuntimeException e) {
        long now = clock.millis();
        long last = lastLogged.get();
        if (last != Long.MIN_VALUE && now - last < LOG_EVERY.toMillis()) {
            unlogged.incrementAndGet();
            log.debug("The search index could not be read", e);
            return;
        }
        if (lastLogged.compareAndSet(last, now)) {
            long since = unlogged.getAndSet(0);
            log.warn(
                    "The search index could not be read ({}); searches answer 503 until it can{}",
                    rootCause(e),
                    since > 0 ? " (" + since + " more since the last message)" : "");
            log.debug("The search index could not be read", e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < 20; depth++) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
