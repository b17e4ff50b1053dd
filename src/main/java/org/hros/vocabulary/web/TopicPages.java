package org.hros.vocabulary.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.shared.PublicPages;
import org.hros.shared.Topic;
import org.hros.shared.VocabularyKind;
import org.hros.vocabulary.domain.VocabularyCatalogue;
import org.springframework.stereotype.Component;

/**
 * The topic pages in the sitemap: each active topic that has a published case, changed when its newest case was
 * published, and the list of topics, changed with the newest of them. A topic without cases is left out.
 */
@Component
class TopicPages implements PublicPages {

    private final VocabularyCatalogue catalogue;
    private final CaseCatalog cases;

    TopicPages(VocabularyCatalogue catalogue, CaseCatalog cases) {
        this.catalogue = catalogue;
        this.cases = cases;
    }

    @Override
    public List<PublicPage> publicPages() {
        List<PublicPage> pages = new ArrayList<>();
        LocalDate newest = null;
        for (var term : catalogue.activeTerms(VocabularyKind.TOPIC)) {
            CaseFilter filter = new CaseFilter(null, null, Topic.of(term.slug()), null, null, null, null);
            List<CaseCard> latest = cases.browse(filter, 1, 1).items();
            if (latest.isEmpty() || latest.get(0).publishedAt() == null) {
                continue;
            }
            LocalDate changed = LocalDate.ofInstant(latest.get(0).publishedAt(), ZoneOffset.UTC);
            pages.add(new PublicPage("/topics/" + term.slug(), changed));
            newest = newest == null || changed.isAfter(newest) ? changed : newest;
        }
        if (newest != null) {
            pages.add(0, new PublicPage("/topics", newest));
        }
        return pages;
    }
}
