package org.hros.digest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.casestudy.CaseArrivals;
import org.hros.casestudy.CaseArrivals.NewCase;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.Outcome;
import org.hros.digest.DigestItem;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestReader;
import org.hros.digest.DigestSection;
import org.hros.request.RequestAudiences;

/**
 * Newly published cases on a member's topics or skills, or answering a request they follow. Items come from the
 * library's cards and say what a case is about (outcome, form, topics, its excerpt), never who wrote it.
 */
abstract class CaseSection implements DigestSection {

    /** At most this many cases are loaded for one window. */
    static final int WINDOW_LIMIT = 2_000;

    static final int MAX_ITEMS = 8;

    private final CaseArrivals arrivals;
    private final RequestAudiences audiences;
    private final DigestWords words;

    CaseSection(CaseArrivals arrivals, RequestAudiences audiences, DigestWords words) {
        this.arrivals = arrivals;
        this.audiences = audiences;
        this.words = words;
    }

    /** Whether a case of this outcome belongs in this section. */
    abstract boolean takes(Outcome outcome);

    /** The message key of the section's title. */
    abstract String titleKey();

    @Override
    public Batch prepare(Instant from, Instant until) {
        List<NewCase> cases = arrivals.firstPublishedBetween(from, until, WINDOW_LIMIT).stream()
                .filter(c -> takes(c.card().outcome()))
                .toList();
        if (cases.isEmpty()) {
            return reader -> Optional.empty();
        }
        Map<Long, Set<Long>> followers = audiences.followersByAnsweringCase(
                cases.stream().map(c -> c.card().id()).toList());
        List<Candidate> candidates =
                cases.stream().map(c -> new Candidate(c, item(c.card()))).toList();
        String title = words.t(titleKey());
        return reader -> {
            List<DigestItem> items = new ArrayList<>();
            for (Candidate candidate : candidates) {
                if (items.size() == MAX_ITEMS) {
                    break;
                }
                NewCase c = candidate.newCase();
                if (reader.covers(c.firstPublishedAt()) && concerns(reader, c, followers)) {
                    items.add(candidate.item());
                }
            }
            return items.isEmpty() ? Optional.empty() : Optional.of(new DigestPart(title, items));
        };
    }

    private static boolean concerns(DigestReader reader, NewCase c, Map<Long, Set<Long>> followers) {
        return !Collections.disjoint(reader.topics(), c.card().topics())
                || !Collections.disjoint(reader.skills(), c.skills())
                || followers.getOrDefault(c.card().id(), Set.of()).contains(reader.memberId());
    }

    private DigestItem item(CaseCard card) {
        String topics = card.topics().stream().map(t -> words.t(t.messageKey())).collect(Collectors.joining(", "));
        String about = words.t(
                "digest.case.about",
                words.t(card.outcome().messageKey()),
                words.t(card.type().messageKey()),
                topics);
        String excerpt = card.excerpt() == null || card.excerpt().isBlank() ? "" : " — " + card.excerpt();
        return new DigestItem(card.title(), card.path(), about + excerpt);
    }

    private record Candidate(NewCase newCase, DigestItem item) {}
}
