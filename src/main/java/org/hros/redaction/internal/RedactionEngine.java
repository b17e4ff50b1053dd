package org.hros.redaction.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.redaction.AuthorIdentity;
import org.hros.redaction.Finding;
import org.hros.redaction.Kind;
import org.hros.redaction.Rating;
import org.hros.redaction.RedactionScanner;
import org.hros.redaction.Report;
import org.hros.redaction.Scan;
import org.hros.redaction.internal.Tokens.Token;

/**
 * The scanner: runs every detector over each field, settles overlapping candidates (the longer wins; at equal
 * length the more specific kind), widens names over the role in front of them, and rates the result.
 */
public final class RedactionEngine implements RedactionScanner {

    /** At equal length, which kind a span is reported as: an address before a name, one's own before others'. */
    private static final List<Kind> PRECEDENCE = List.of(
            Kind.EMAIL,
            Kind.URL,
            Kind.PHONE,
            Kind.HANDLE,
            Kind.OWN_NAME,
            Kind.OWN_COMPANY,
            Kind.COMBINATION,
            Kind.COMPANY,
            Kind.PERSON);

    private final WordLists lists;
    private final ContactDetector contacts = new ContactDetector();
    private final EmployerDetector employers;
    private final PersonDetector people;
    private final CombinationDetector combinations = new CombinationDetector();
    private final PlaceCombinations placeCombinations = new PlaceCombinations();
    private final DatedEvents datedEvents = new DatedEvents();
    private final EntityDetector entityDetector;
    private final CoinedNames coined;
    private final CompanyShapes shapes;
    private final Places places;
    private final NamedEntities model;

    /** The rules alone, with the shipped cities only: for tests that must not depend on the model. */
    public RedactionEngine(WordLists lists) {
        this(lists, NamedEntities.NONE, List.of());
    }

    RedactionEngine(WordLists lists, NamedEntities model, List<String> moreCities) {
        this.lists = lists;
        this.employers = new EmployerDetector(lists);
        this.people = new PersonDetector(lists);
        this.entityDetector = new EntityDetector(lists);
        this.coined = new CoinedNames(lists);
        this.shapes = new CompanyShapes(lists);
        this.places = new Places(lists, moreCities);
        this.model = model;
    }

    /**
     * The rules with the shipped named-entity model and GeoNames cities; the model loads in the background, at the
     * first scan or when {@link #startLoadingModel} asks.
     *
     * @param modelWait how long a scan waits for the model while it is still loading
     */
    public static RedactionEngine withModel(WordLists lists, Duration modelWait) {
        return withModel(lists, CoreNlpEntities.SHIPPED_MODEL, modelWait);
    }

    /** As {@link #withModel(WordLists, Duration)}, with another CoreNLP classifier (a resource or a file). */
    public static RedactionEngine withModel(WordLists lists, String model, Duration modelWait) {
        return new RedactionEngine(
                lists, new CoreNlpEntities(model, modelWait), GeoNamesCities.withPopulationOver(Places.MIN_POPULATION));
    }

    /** Starts loading the named-entity model in the background, if there is one and it has not started yet. */
    void startLoadingModel() {
        model.startLoading();
    }

    /** The rules with GeoNames cities but no model: the figures of the rules alone. */
    public static RedactionEngine rulesOnly(WordLists lists) {
        return new RedactionEngine(lists, NamedEntities.NONE, GeoNamesCities.withPopulationOver(Places.MIN_POPULATION));
    }

    @Override
    public Scan scan(String text, AuthorIdentity author) {
        Report report = review(Map.of(Scan.FIELD, text == null ? "" : text), author, Set.of());
        return new Scan(report.findings(), report.rating(), report.reasonKeys());
    }

    @Override
    public Report review(Map<String, String> fieldTexts, AuthorIdentity author, Set<String> memberCompanies) {
        IdentityDetector identity = new IdentityDetector(author == null ? AuthorIdentity.UNKNOWN : author, lists);
        Gazetteer members = EmployerDetector.members(memberCompanies);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> field : fieldTexts.entrySet()) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                continue;
            }
            Text text = new Text(field.getValue());
            for (Hit hit : hits(text, identity, members)) {
                findings.add(new Finding(
                        field.getKey(),
                        hit.start(),
                        hit.end(),
                        text.slice(hit.start(), hit.end()),
                        hit.kind(),
                        hit.replacement()));
            }
        }
        return new Report(findings, Rating.of(findings), reasons(findings));
    }

    private List<Hit> hits(Text text, IdentityDetector identity, Gazetteer members) {
        List<Token> tokens = Tokens.of(text);
        List<Hit> candidates = new ArrayList<>();
        contacts.detect(text, candidates::add);
        List<NamedEntities.Entity> entities = model.find(text.original);
        identity.detect(text, tokens, candidates::add);
        employers.detect(text, members, candidates::add);
        people.detect(text, tokens, candidates::add);
        coined.detect(text, candidates::add);
        shapes.detect(text, candidates::add);
        // Names the rules know as organisations or as the author outrank the model's idea that they are places.
        List<Hit> organisations = candidates.stream()
                .filter(h -> h.kind() == Kind.COMPANY || h.kind() == Kind.OWN_COMPANY || h.kind() == Kind.OWN_NAME)
                .toList();
        List<Places.Place> named = places.find(text, entities);
        entityDetector.detect(text, entities, named, candidates::add);
        if (model != NamedEntities.NONE) {
            coined.detectCoinedWords(text, tokens, entities, named, candidates::add);
        }
        shapes.detectListedWith(text, List.copyOf(candidates), candidates::add);
        combinations.detect(text, named, candidates::add);
        // A place the model finds where a company or the author's name stands is not a place.
        List<Places.Place> maybePlaces = new ArrayList<>(named.stream()
                .filter(p -> organisations.stream().noneMatch(o -> o.start() < p.end() && p.start() < o.end()))
                .toList());
        for (Places.Place p : places.unknownNames(text, tokens, organisations)) {
            if (named.stream().noneMatch(n -> n.start() < p.end() && p.start() < n.end())) {
                maybePlaces.add(p);
            }
        }
        maybePlaces.sort(Comparator.comparingInt(Places.Place::start));
        placeCombinations.detect(text, maybePlaces, candidates::add);
        datedEvents.detect(text, candidates::add);
        joinCombinations(text, candidates);
        List<Hit> settled = settle(owned(candidates));
        List<Hit> widened = new ArrayList<>(settled.size());
        for (Hit hit : settled) {
            boolean name = hit.kind() == Kind.PERSON || hit.kind() == Kind.OWN_NAME;
            widened.add(name ? TitlePhrases.widen(text, hit, settled) : hit);
        }
        widened.sort(Comparator.comparingInt(Hit::start));
        return withPossessives(text, widened);
    }

    /**
     * A name that holds the author's own (“Ferraris &amp; Conti S.p.A.” around “Ferraris &amp; Conti”, “Rohan D.”
     * around “Rohan”) is the author's own too.
     */
    static List<Hit> owned(List<Hit> candidates) {
        List<Hit> out = new ArrayList<>(candidates.size());
        for (Hit hit : candidates) {
            Kind own = hit.kind() == Kind.COMPANY ? Kind.OWN_COMPANY : hit.kind() == Kind.PERSON ? Kind.OWN_NAME : null;
            Hit inner = own == null
                    ? null
                    : candidates.stream()
                            .filter(c -> c.kind() == own && c.start() >= hit.start() && c.end() <= hit.end())
                            .findFirst()
                            .orElse(null);
            out.add(inner == null ? hit : new Hit(hit.start(), hit.end(), own, inner.replacement()));
        }
        return out;
    }

    /**
     * Details of one combination often come in pieces a few words apart: “our training center in Bandung” and
     * “opened in February 2023”. Pieces in one sentence with at most 40 characters between them become one.
     */
    private static void joinCombinations(Text text, List<Hit> candidates) {
        List<Hit> parts = new ArrayList<>(candidates.stream()
                .filter(h -> h.kind() == Kind.COMBINATION)
                .sorted(Comparator.comparingInt(Hit::start))
                .toList());
        for (int i = 0; i + 1 < parts.size(); i++) {
            Hit a = parts.get(i);
            Hit b = parts.get(i + 1);
            if (b.start() < a.end()) {
                continue;
            }
            String between = text.original.substring(a.end(), b.start());
            if (between.length() <= 40 && !between.matches("(?s).*(?:[.!?;]\\s|\\n).*")) {
                Hit joined = new Hit(a.start(), b.end(), Kind.COMBINATION, a.replacement() + between + b.replacement());
                candidates.add(joined);
                parts.set(i + 1, joined);
            }
        }
    }

    /** “Goldleaf's”: the possessive goes with the name, and stays after its replacement. */
    private static List<Hit> withPossessives(Text text, List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            boolean name = hit.kind() == Kind.OWN_COMPANY
                    || hit.kind() == Kind.COMPANY
                    || hit.kind() == Kind.PERSON
                    || hit.kind() == Kind.OWN_NAME;
            int end = hit.end();
            if (name
                    && end + 2 <= text.length()
                    && (text.original.startsWith("'s", end) || text.original.startsWith("\u2019s", end))
                    && text.endsWord(end + 2)
                    && !hit.replacement().endsWith("'s")) {
                out.add(hit.withSpan(hit.start(), end + 2, hit.replacement() + text.original.substring(end, end + 2)));
            } else {
                out.add(hit);
            }
        }
        return out;
    }

    /** Keeps the longest of overlapping candidates; at equal length the kind that comes first in precedence. */
    static List<Hit> settle(List<Hit> candidates) {
        List<Hit> ordered = new ArrayList<>(candidates);
        // A brand written as a domain (“Booking.com”) is a company name, not a link.
        ordered.removeIf(h -> h.kind() == Kind.URL
                && candidates.stream()
                        .anyMatch(c -> (c.kind() == Kind.COMPANY || c.kind() == Kind.OWN_COMPANY)
                                && c.start() == h.start()
                                && c.end() == h.end()));
        ordered.sort(Comparator.comparingInt(Hit::length)
                .reversed()
                .thenComparingInt(h -> PRECEDENCE.indexOf(h.kind()))
                .thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : ordered) {
            if (kept.stream().noneMatch(hit::overlaps)) {
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /** One reason per kind found, the kinds that identify on their own first. */
    static List<String> reasons(List<Finding> findings) {
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        findings.forEach(f -> kinds.add(f.kind()));
        List<String> reasons = new ArrayList<>();
        kinds.stream().filter(Kind::identifying).forEach(k -> reasons.add(k.reasonKey()));
        kinds.stream().filter(k -> !k.identifying()).forEach(k -> reasons.add(k.reasonKey()));
        return reasons;
    }
}
