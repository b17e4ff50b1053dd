package org.hros.search.web;

import java.util.List;
import org.hros.casestudy.CaseCard;

/** Published cases that may answer a request; editors may link each in one click. */
public record AnswersView(long requestId, List<CaseCard> cards) {}
