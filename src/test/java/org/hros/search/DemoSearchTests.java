package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.hros.casestudy.CaseCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** After the demo community loads, the index holds its cases and answers a practitioner's words. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoSearchTests {

    @Autowired
    CaseCatalog catalog;

    @Autowired
    CaseSearch search;

    @Test
    void theIndexHoldsEveryDemoCase() {
        long published = catalog.countPublished();
        assertThat(published).isGreaterThanOrEqualTo(30);
        SearchResults all = SearchSupport.until(search, SearchQuery.of(""), r -> r.total() == published);
        assertThat(all.facets())
                .allMatch(f -> f.facet() == Facet.LICENCE || !f.values().isEmpty());

        // The anonymous ATS migration story is found by its abbreviation, by the words in full and with a typo.
        String title = "Our ATS migration silently stopped rejection emails and we ghosted 2,300 applicants";
        assertThat(titles(search.search(SearchQuery.of("ATS")))).contains(title);
        assertThat(titles(search.search(SearchQuery.of("applicant tracking system migration"))))
                .contains(title);
        assertThat(titles(search.search(SearchQuery.of("rejection emials")))).contains(title);
    }

    private static java.util.List<String> titles(SearchResults results) {
        return results.hits().stream().map(h -> h.card().title()).toList();
    }
}
