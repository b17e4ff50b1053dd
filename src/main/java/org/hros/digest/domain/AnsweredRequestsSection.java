package org.hros.digest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hros.digest.DigestItem;
import org.hros.digest.DigestPart;
import org.hros.digest.DigestSection;
import org.hros.request.RequestAudiences;
import org.hros.request.RequestAudiences.AnsweredRequest;
import org.springframework.stereotype.Component;

/** Third: requests the member voted for that were answered in their period. Requests never carry their poster. */
@Component
class AnsweredRequestsSection implements DigestSection {

    private final RequestAudiences audiences;
    private final DigestWords words;

    AnsweredRequestsSection(RequestAudiences audiences, DigestWords words) {
        this.audiences = audiences;
        this.words = words;
    }

    @Override
    public int position() {
        return 300;
    }

    @Override
    public Batch prepare(Instant from, Instant until) {
        List<AnsweredRequest> answered = audiences.answeredBetween(from, until);
        if (answered.isEmpty()) {
            return reader -> Optional.empty();
        }
        String title = words.t("digest.section.requests");
        return reader -> {
            List<DigestItem> items = new ArrayList<>();
            for (AnsweredRequest a : answered) {
                if (items.size() < CaseSection.MAX_ITEMS
                        && a.voterIds().contains(reader.memberId())
                        && reader.covers(a.answeredAt())) {
                    items.add(new DigestItem(
                            a.request().title(),
                            a.request().path(),
                            words.t(
                                    "digest.request.answered",
                                    a.request().caseIds().size())));
                }
            }
            return items.isEmpty() ? Optional.empty() : Optional.of(new DigestPart(title, items));
        };
    }
}
