package org.hros.search.web;

import java.util.List;
import org.hros.casestudy.CaseCard;

/** Cases like one case. */
public record RelatedView(long caseId, List<CaseCard> cards) {}
