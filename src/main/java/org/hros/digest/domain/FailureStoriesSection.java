package org.hros.digest.domain;

import org.hros.casestudy.CaseArrivals;
import org.hros.casestudy.Outcome;
import org.hros.request.RequestAudiences;
import org.springframework.stereotype.Component;

/** First in every digest: new failure stories on the member's topics, skills and followed requests. */
@Component
class FailureStoriesSection extends CaseSection {

    FailureStoriesSection(CaseArrivals arrivals, RequestAudiences audiences, DigestWords words) {
        super(arrivals, audiences, words);
    }

    @Override
    public int position() {
        return 100;
    }

    @Override
    boolean takes(Outcome outcome) {
        return outcome == Outcome.FAILURE;
    }

    @Override
    String titleKey() {
        return "digest.section.failures";
    }
}
