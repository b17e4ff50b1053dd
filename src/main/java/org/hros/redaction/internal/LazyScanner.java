package org.hros.redaction.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hros.redaction.AuthorIdentity;
import org.hros.redaction.RedactionScanner;
import org.hros.redaction.Report;
import org.hros.redaction.Scan;

/**
 * The application's scanner, built at its first use: reading the word lists and the GeoNames cities takes a
 * noticeable part of a second of processor time that the start does not need to spend, since nothing scans until a
 * member checks a draft or an editor opens a submission.
 */
final class LazyScanner implements RedactionScanner {

    private final Supplier<RedactionEngine> build;
    private volatile RedactionEngine engine;

    LazyScanner(Supplier<RedactionEngine> build) {
        this.build = build;
    }

    /** The engine, built now if this is the first time it is asked for. */
    RedactionEngine engine() {
        RedactionEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = build.get();
                    engine = e;
                }
            }
        }
        return e;
    }

    @Override
    public Scan scan(String text, AuthorIdentity author) {
        return engine().scan(text, author);
    }

    @Override
    public Report review(Map<String, String> fieldTexts, AuthorIdentity author, Set<String> memberCompanies) {
        return engine().review(fieldTexts, author, memberCompanies);
    }
}
