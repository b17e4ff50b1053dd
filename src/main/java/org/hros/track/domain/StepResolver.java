package org.hros.track.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.track.domain.TrackViews.StepContent;
import org.springframework.stereotype.Component;

/**
 * Reads what the steps of a track point to, as it is now: cases through the library's cards (so attribution is
 * the library's decision and a withdrawn or taken-down case is simply missing), requests through the agenda.
 */
@Component
class StepResolver {

    private final CaseCatalog cases;
    private final RequestCatalog requests;

    StepResolver(CaseCatalog cases, RequestCatalog requests) {
        this.cases = cases;
        this.requests = requests;
    }

    /** The content of each step, in order; an unavailable step gets empty content. */
    List<StepContent> contents(List<TrackStep> steps, boolean withAnswers) {
        List<Long> caseIds =
                steps.stream().map(TrackStep::caseId).filter(Objects::nonNull).toList();
        Map<Long, CaseCard> cards = new HashMap<>();
        if (!caseIds.isEmpty()) {
            cases.cards(caseIds).forEach(c -> cards.put(c.id(), c));
        }
        List<Long> requestIds = steps.stream()
                .map(TrackStep::requestId)
                .filter(Objects::nonNull)
                .toList();
        Map<Long, PublicRequest> found = new HashMap<>();
        if (!requestIds.isEmpty()) {
            requests.read(requestIds).stream().filter(r -> !r.merged()).forEach(r -> found.put(r.id(), r));
        }
        return steps.stream()
                .map(s -> switch (s.kind()) {
                    case CASE -> new StepContent(cards.get(s.caseId()), null, List.of(), null, null, null);
                    case REQUEST -> {
                        PublicRequest r = found.get(s.requestId());
                        List<CaseCard> answers =
                                r != null && withAnswers && !r.caseIds().isEmpty()
                                        ? cases.cards(r.caseIds())
                                        : List.of();
                        yield new StepContent(null, r, answers, null, null, null);
                    }
                    case TEXT -> new StepContent(null, null, List.of(), s.bodyHtml(), null, null);
                    case EXERCISE -> new StepContent(null, null, List.of(), null, s.exerciseSlug(), s.title());
                })
                .toList();
    }

    static String title(TrackStep step, StepContent content) {
        if (content.caseCard() != null) {
            return content.caseCard().title();
        }
        if (content.request() != null) {
            return content.request().title();
        }
        return step.title();
    }

    boolean casePublished(long caseId) {
        return !cases.cards(List.of(caseId)).isEmpty();
    }

    boolean requestVisible(long requestId) {
        return requests.read(requestId).filter(r -> !r.merged()).isPresent();
    }
}
