package org.hros.redaction.internal;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's CRF named-entity classifier, loaded once in the background (about a second and 100 MB of
 * heap), when the application has started ({@link #startLoading}) or at the first scan, whichever comes first: not
 * while the application starts, where on two cores it would slow everything else down. One classifier serves all
 * threads: {@code classify} keeps its working state per call (CoreNLP's own multi-threaded annotator shares one the
 * same way, and 4,000 concurrent calls on 8 threads gave the same labels as sequential ones). Until the model is
 * ready, or if it cannot load, scans run on the rules alone.
 */
final class CoreNlpEntities implements NamedEntities {

    /** The classifier the build extracts from CoreNLP's models jar (see pom.xml). */
    static final String SHIPPED_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static final Logger log = LoggerFactory.getLogger(CoreNlpEntities.class);

    private final String model;
    private final Duration wait;

    /**
     * A classifier to be loaded when it is first needed.
     *
     * @param model a class path resource or a file
     * @param wait how long a scan waits for a model still loading before it runs on the rules alone
     */
    CoreNlpEntities(String model, Duration wait) {
        this.model = model;
        this.wait = wait;
    }

    @Override
    public void startLoading() {
        classifier();
    }

    private CompletableFuture<CRFClassifier<CoreLabel>> classifier() {
        return LOADED.computeIfAbsent(
                model,
                m -> CompletableFuture.supplyAsync(() -> load(m), runnable -> {
                    Thread loader = new Thread(runnable, "ner-model-loader");
                    loader.setDaemon(true);
                    loader.start();
                }));
    }

    /** One load per model and JVM, however many scanners (application contexts in tests) ask for it. */
    private static final java.util.Map<String, CompletableFuture<CRFClassifier<CoreLabel>>> LOADED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static CRFClassifier<CoreLabel> load(String model) {
        try {
            long started = System.nanoTime();
            CRFClassifier<CoreLabel> loaded = CRFClassifier.getClassifier(model);
            log.info("Named-entity model {} loaded in {} ms", model, (System.nanoTime() - started) / 1_000_000);
            return loaded;
        } catch (Exception | LinkageError e) {
            log.warn("Named-entity model {} could not be loaded; the redaction rules run alone", model, e);
            return null;
        }
    }

    /** Whether the model is loaded (waiting for it as a scan would). */
    boolean ready() {
        return model() != null;
    }

    private CRFClassifier<CoreLabel> model() {
        try {
            return classifier().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    @Override
    public List<Entity> find(String text) {
        CRFClassifier<CoreLabel> crf = model();
        if (crf == null || text.isBlank()) {
            return List.of();
        }
        List<Entity> entities = new ArrayList<>();
        for (List<CoreLabel> sentence : crf.classify(text)) {
            Entity open = null;
            for (CoreLabel token : sentence) {
                Type type = type(token.get(CoreAnnotations.AnswerAnnotation.class));
                int start = token.beginPosition();
                int end = token.endPosition();
                if (open != null && (type != open.type() || !sameLine(text, open.end(), start))) {
                    entities.add(open);
                    open = null;
                }
                if (type != null) {
                    open = open == null ? new Entity(start, end, type) : new Entity(open.start(), end, type);
                }
            }
            if (open != null) {
                entities.add(open);
            }
        }
        return entities;
    }

    /** Two tokens of one label are one entity only when nothing but spaces separates them. */
    private static boolean sameLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static Type type(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> Type.PERSON;
            case "ORGANIZATION" -> Type.ORGANIZATION;
            case "LOCATION" -> Type.LOCATION;
            case "MISC" -> Type.MISC;
            default -> null;
        };
    }
}
