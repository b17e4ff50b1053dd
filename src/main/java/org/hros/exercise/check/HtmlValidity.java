package org.hros.exercise.check;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * HTML validity by the W3C Nu HTML Checker, run as a library with the same HTML schema as the public service. The
 * text is checked as a whole document: a fragment without a doctype and a title is reported as such, which is what
 * a browser would have to guess around. The checker's own messages are returned with their line and column.
 *
 * <p>A validator loads its schema once (about a second) and checks one document at a time, so a few are kept in a
 * pool and made on first need. Compiling the RELAX NG schema recurses deeper than a thread's default stack holds
 * on a cold JVM, so loading and checking run on a few threads of the checker's own with a large stack.
 */
public final class HtmlValidity {

    static final String CHECK = "validity";
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final int POOL = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RUNNER = Executors.newFixedThreadPool(POOL, task -> {
        Thread thread = new Thread(null, task, "html-checker-" + THREADS.incrementAndGet(), STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private final BlockingQueue<Pooled> idle = new ArrayBlockingQueue<>(POOL);
    private final AtomicInteger created = new AtomicInteger();

    public List<Finding> check(String html) {
        try {
            return RUNNER.submit(() -> checkHere(html)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the HTML checker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The HTML checker failed", e.getCause());
        }
    }

    private List<Finding> checkHere(String html) {
        Pooled validator = take();
        try {
            return validator.check(html);
        } finally {
            idle.offer(validator);
        }
    }

    private Pooled take() {
        Pooled ready = idle.poll();
        if (ready != null) {
            return ready;
        }
        if (created.incrementAndGet() <= POOL) {
            return new Pooled();
        }
        created.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the HTML checker", e);
        }
    }

    /** One validator with the error handler it was set up with; the handler collects into the current list. */
    private static final class Pooled implements ErrorHandler {

        private final SimpleDocumentValidator validator;
        private List<Finding> findings = new ArrayList<>();

        Pooled() {
            try {
                validator = new SimpleDocumentValidator(true, false, false);
                validator.setUpMainSchema(SCHEMA, this);
                validator.setUpValidatorAndParsers(this, true, false);
            } catch (Exception e) {
                throw new IllegalStateException("The HTML checker could not load its schema", e);
            }
        }

        List<Finding> check(String html) {
            findings = new ArrayList<>();
            try {
                validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
            } catch (SAXParseException e) {
                add(Severity.BLOCKING, e);
            } catch (java.io.IOException | SAXException e) {
                findings.add(Finding.blocking(CHECK, "exercise.validity.unreadable"));
            }
            return findings;
        }

        @Override
        public void warning(SAXParseException e) {
            add(Severity.ADVICE, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(Severity.BLOCKING, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(Severity.BLOCKING, e);
        }

        private void add(Severity severity, SAXParseException e) {
            findings.add(new Finding(
                    CHECK,
                    severity,
                    "exercise.validity.message",
                    List.of(e.getMessage() == null ? "" : e.getMessage()),
                    Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber())));
        }
    }
}
