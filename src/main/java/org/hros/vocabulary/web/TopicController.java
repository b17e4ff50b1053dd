package org.hros.vocabulary.web;

import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.shared.NotFoundException;
import org.hros.shared.Topic;
import org.hros.shared.VocabularyKind;
import org.hros.vocabulary.TermView;
import org.hros.vocabulary.domain.VocabularyCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Readers' pages of topics: every active topic with how many published cases it has, and a page per topic (its label,
 * description and published cases, paged). A renamed or merged topic's old address answers 301 to the current one,
 * so links and bookmarks keep working; a retired topic's page stays readable for its old cases.
 */
@Controller
class TopicController {

    static final int PAGE_SIZE = 12;

    private final VocabularyCatalogue catalogue;
    private final CaseCatalog cases;

    TopicController(VocabularyCatalogue catalogue, CaseCatalog cases) {
        this.catalogue = catalogue;
        this.cases = cases;
    }

    @GetMapping("/topics")
    String showTopics(Model model) {
        Map<Topic, Long> counts = cases.facets(CaseFilter.ANY).topics();
        List<TopicSummary> topics = catalogue.activeTerms(VocabularyKind.TOPIC).stream()
                .map(t -> new TopicSummary(
                        t.slug(), t.label(), t.description(), counts.getOrDefault(Topic.of(t.slug()), 0L)))
                .toList();
        model.addAttribute("topics", topics);
        return "vocabulary/topics";
    }

    @GetMapping("/topics/{slug}")
    Object showTopic(
            @PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        TermView topic =
                catalogue.current(VocabularyKind.TOPIC, slug).orElseThrow(() -> new NotFoundException("No such topic"));
        if (!topic.slug().equals(slug)) {
            RedirectView moved = new RedirectView("/topics/" + topic.slug());
            moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            moved.setExposeModelAttributes(false);
            return moved;
        }
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        CaseFilter filter = new CaseFilter(null, null, Topic.of(topic.slug()), null, null, null, null);
        model.addAttribute("topic", topic);
        model.addAttribute("cases", cases.browse(filter, number, PAGE_SIZE));
        return "vocabulary/topic";
    }
}
