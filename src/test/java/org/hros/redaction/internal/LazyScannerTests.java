package org.hros.redaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.hros.redaction.AuthorIdentity;
import org.hros.redaction.Kind;
import org.junit.jupiter.api.Test;

/** The application's scanner reads its word lists at the first scan, once, and scans as the engine does. */
class LazyScannerTests {

    @Test
    void theWordListsAreReadAtTheFirstScanAndOnlyOnce() {
        AtomicInteger builds = new AtomicInteger();
        LazyScanner scanner = new LazyScanner(() -> {
            builds.incrementAndGet();
            return new RedactionEngine(WordLists.shipped());
        });
        assertThat(builds).hasValue(0);

        var first = scanner.scan("Write to maya.okafor@example.org for the slides.", AuthorIdentity.UNKNOWN);
        var second = scanner.scan("Call +44 20 7946 0958 after five.", AuthorIdentity.UNKNOWN);

        assertThat(builds).hasValue(1);
        assertThat(first.findings()).extracting(f -> f.kind()).contains(Kind.EMAIL);
        assertThat(second.findings()).extracting(f -> f.kind()).contains(Kind.PHONE);
    }
}
