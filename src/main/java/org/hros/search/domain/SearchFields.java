package org.hros.search.domain;

import java.util.Arrays;
import java.util.List;
import org.hros.casestudy.Section;

/** Names of the index's fields that queries refer to. */
final class SearchFields {

    static final String TITLE = "title";
    static final String PLAIN = "plain";

    /** Every word of a case, stemmed: what the words of a query are ranked on. */
    static final String TEXT = "text";

    static final String SUGGEST = "title_suggest";
    static final String PUBLISHED_AT = "publishedAt";
    static final String HELPFUL = "helpful";

    private SearchFields() {}

    /** A section's field is named after its key, e.g. {@code wrong} for "What we got wrong". */
    static String section(Section section) {
        return section.key();
    }

    static List<String> sections() {
        return Arrays.stream(Section.values()).map(SearchFields::section).toList();
    }
}
