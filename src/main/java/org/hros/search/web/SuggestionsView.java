package org.hros.search.web;

import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.search.SearchQuery;

/** Cases whose titles match what is being typed, and the full search for it. */
public record SuggestionsView(String text, List<CaseCard> cards) {

    public String searchHref() {
        return SearchQuery.of(text.length() > SearchQuery.MAX_TEXT ? "" : text).url();
    }
}
