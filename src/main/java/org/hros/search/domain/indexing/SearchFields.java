package org.hros.search.domain.indexing;

import java.util.Arrays;
import java.util.List;
import org.hros.casestudy.Section;

/** Names of the index's fields that queries refer to. */
public final class SearchFields {

    public static final String TITLE = "title";
    public static final String PLAIN = "plain";

    /** Every word of a case, stemmed: what the words of a query are ranked on. */
    public static final String TEXT = "text";

    public static final String SUGGEST = "title_suggest";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String HELPFUL = "helpful";

    private SearchFields() {}

    /** A section's field is named after its key, e.g. {@code wrong} for "What we got wrong". */
    public static String section(Section section) {
        return section.key();
    }

    public static List<String> sections() {
        return Arrays.stream(Section.values()).map(SearchFields::section).toList();
    }
}
