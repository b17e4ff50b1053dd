package org.hros.digest.domain;

import org.hros.casestudy.CaseArrivals;
import org.hros.casestudy.Outcome;
import org.hros.request.RequestAudiences;
import org.springframework.stereotype.Component;

/** After the failures: the other new cases (mixed and successful) on the member's topics, skills and follows. */
@Component
class NewCasesSection extends CaseSection {

    NewCasesSection(CaseArrivals arrivals, RequestAudiences audiences, DigestWords words) {
        super(arrivals, audiences, words);
    }

    @Override
    public int position() {
        return 200;
    }

    @Override
    boolean takes(Outcome outcome) {
        return outcome != Outcome.FAILURE;
    }

    @Override
    String titleKey() {
        return "digest.section.cases";
    }
}
