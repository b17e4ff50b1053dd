package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.search.SearchSupport.found;
import static org.hros.search.SearchSupport.ids;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
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

/** Search never shows what is not public, nor who wrote an anonymous case. */
class SearchPrivacyTests extends IntegrationTestBase {

    @Autowired
    CaseSearch search;

    private long draft(Person author, String title, String word, AttributionMode mode) {
        CaseCommand command = TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), mode);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.put(Section.SUMMARY, "The " + word + " story, told plainly.");
        return fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
    }

    private void publish(long id, Person author, Person editor) {
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
    }

    @Test
    void draftsSubmissionsAndWithdrawnCasesAreNeverFound() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long draft = draft(author, "A quiet draft", "glimmerquist", AttributionMode.NAMED);
        long submitted = draft(author, "A submitted one", "glimmerquist", AttributionMode.NAMED);
        fixtures.authoring().submit(author.id(), submitted);
        long inReview = draft(author, "One in review", "glimmerquist", AttributionMode.NAMED);
        fixtures.authoring().submit(author.id(), inReview);
        fixtures.reviews().claim(inReview, editor.id());
        long withdrawn = draft(author, "Soon withdrawn", "glimmerquist", AttributionMode.NAMED);
        publish(withdrawn, author, editor);
        found(search, "glimmerquist", withdrawn);
        fixtures.authoring().withdraw(author.id(), withdrawn);
        // Once the withdrawal is handled, a case published later is found while none of the others is.
        long published = draft(author, "The published one", "glimmerquist", AttributionMode.NAMED);
        publish(published, author, editor);
        SearchResults results = SearchSupport.until(
                search, SearchQuery.of("glimmerquist"), r -> ids(r).contains(published) && r.total() == 1);
        assertThat(ids(results)).containsExactly(published).doesNotContain(draft, submitted, inReview, withdrawn);
        mvc.perform(get("/search").param("q", "glimmerquist"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("A quiet draft"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Soon withdrawn"))));
        mvc.perform(get("/search/suggest").param("q", "soon withdr"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Soon withdrawn"))));
    }

    @Test
    void takedownRemovesACaseFromResultsAtOnce() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = draft(author, "Taken down soon", "brindlewhisk", AttributionMode.NAMED);
        publish(id, author, editor);
        found(search, "brindlewhisk", id);

        fixtures.reviews().takeDown(id, editor.id(), "Employer request");
        // No waiting: result cards come from the library, which no longer publishes it.
        assertThat(ids(search.search(SearchQuery.of("brindlewhisk")))).doesNotContain(id);
        mvc.perform(get("/search").param("q", "brindlewhisk"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Taken down soon"))));
        mvc.perform(get("/api/v1/search").param("q", "brindlewhisk"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Taken down soon"))));
        // And the index forgets it too.
        SearchSupport.until(search, SearchQuery.of("brindlewhisk"), r -> r.total() == 0);
    }

    @Test
    void anAnonymousAuthorIsNeverFoundNorShown() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long anonymous = draft(author, "Anonymous flopsworth story", "flopsworth", AttributionMode.ANONYMOUS);
        publish(anonymous, author, editor);
        long roleOnly = draft(author, "Role-only flopsworth story", "flopsworth", AttributionMode.ROLE_ONLY);
        publish(roleOnly, author, editor);
        SearchSupport.until(search, SearchQuery.of("flopsworth"), r -> r.total() == 2);

        String company = "Canary Corp "
                + author.email()
                        .substring(
                                author.email().indexOf('-') + 1, author.email().indexOf('@'));
        for (String identity : new String[] {author.name(), company, author.email(), "h" + author.id()}) {
            assertThat(ids(search.search(SearchQuery.of(identity))))
                    .as("searching for " + identity)
                    .doesNotContain(anonymous, roleOnly);
        }
        for (String path : new String[] {
            "/search?q=flopsworth",
            "/api/v1/search?q=flopsworth",
            "/search/suggest?q=flopsworth",
            "/search/related/" + anonymous,
            "/api/v1/search/related/" + roleOnly
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString(author.name()))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(company))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(author.email()))));
        }
    }
}
