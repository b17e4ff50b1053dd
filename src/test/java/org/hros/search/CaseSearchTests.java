package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.search.SearchSupport.found;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseSearchTests extends IntegrationTestBase {

    @Autowired
    CaseSearch search;

    private long publish(
            Person author, Person editor, String title, Outcome outcome, Topic topic, Map<Section, String> texts) {
        CaseCommand command = TestFixtures.completeCase(title, outcome, topic, AttributionMode.NAMED);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.putAll(texts);
        long id = fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    @Test
    void findsAPublishedCaseAndNamesTheMatchingSection() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String word =
                "zanzibarian" + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "q");
        long id = publish(
                author,
                editor,
                "Referral drive that backfired",
                Outcome.FAILURE,
                Topic.SOURCING,
                Map.of(Section.WRONG, "We paid a " + word + " bonus for every hire and quality collapsed."));

        SearchResults results = found(search, word, id);
        SearchResults.Hit hit = results.hits().get(0);
        assertThat(hit.section()).isEqualTo(Section.WRONG);
        assertThat(hit.snippetHtml()).contains("<mark>" + word + "</mark>");

        mvc.perform(get("/search").param("q", word))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("What we got wrong:")))
                .andExpect(content().string(Matchers.containsString("<mark>" + word + "</mark>")));
    }
}
