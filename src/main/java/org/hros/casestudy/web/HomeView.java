package org.hros.casestudy.web;

import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCard;
import org.hros.shared.Topic;

/** The home page's shelves. */
public record HomeView(
        List<CaseCard> latest, List<CaseCard> failures, List<CaseCard> sparks, Map<Topic, Long> topics, long total) {}
