package org.hros.search;

import java.util.List;
import org.hros.casestudy.CaseCard;

/** Finding published cases. Every method answers quickly or throws; none ever sees a case's author. */
public interface CaseSearch {

    /**
     * One page of matching cases with facet counts.
     *
     * @throws SearchUnavailableException while the index is being rebuilt
     * @throws org.hros.shared.FieldErrorsException when the query is not acceptable (e.g. too long)
     */
    SearchResults search(SearchQuery query);

    /** Cases whose title starts like {@code text}, for suggestions while typing; empty for short input. */
    List<CaseCard> suggest(String text, int limit);

    /** Cases like this one by their words, topics and skills; empty when the case is not in the index. */
    List<CaseCard> related(long caseId, int limit);
}
