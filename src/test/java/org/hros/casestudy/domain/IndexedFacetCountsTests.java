package org.hros.casestudy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.FacetIndex;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Industry;
import org.hros.shared.ModeratedContent;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.FacetCountCheck;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The listing's facet counts come from the search index, and each is what the listing would show for that choice
 * under the other choices: the index's counts equal a direct SQL count of the published library for every value of
 * every dimension, over several filter combinations, with a case republished under other tags, one withdrawn and one
 * hidden by moderation. It runs in an application of its own, on a database of its own: the library it publishes
 * would change what the listing tests count.
 */
@TestPropertySource(properties = "spring.application.name=hros-facet-counts")
class IndexedFacetCountsTests extends IntegrationTestBase {

    @Autowired
    FacetIndex index;

    @Autowired
    IndexedFacets indexedFacets;

    @Autowired
    CatalogQueries catalogQueries;

    @Autowired
    CaseCatalog catalog;

    @Autowired
    List<ModeratedContent> moderated;

    @Autowired
    JdbcClient jdbc;

    @Test
    void indexCountsEqualSqlCountsForEveryFilterCombination() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(publish(author, editor, FacetCountCheck.variant(i)));
        }
        // A new revision with other tags: only the current one counts.
        fixtures.authoring()
                .saveDraft(
                        author.id(),
                        ids.get(1),
                        FacetCountCheck.command(
                                CaseType.CASE_STUDY,
                                "Referral drive, second look",
                                Outcome.MIXED,
                                List.of(Topic.of("dei")),
                                List.of(Skill.of("seo")),
                                new CaseContext(
                                        SizeBand.of("1-50"), Industry.of("energy"), Region.of("africa"), 3, 2023)));
        fixtures.authoring().submit(author.id(), ids.get(1));
        fixtures.reviews().claim(ids.get(1), editor.id());
        fixtures.reviews().publish(ids.get(1), editor.id());
        // Withdrawn by its author, hidden by moderation: neither is listed, so neither is counted.
        fixtures.authoring().withdraw(author.id(), ids.get(2));
        moderated.stream()
                .filter(m -> m.type() == SubjectType.CASE)
                .findFirst()
                .orElseThrow()
                .hide(ids.get(3));

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> index.count(Map.of()).isPresent());

        FacetCountCheck.assertIndexCountsEqualSql(index, jdbc);
        for (CaseFilter filter : FacetCountCheck.FILTERS) {
            // What the listing shows, and its grouping in SQL (used while the index cannot answer), agree too.
            assertThat(indexedFacets.count(filter)).contains(catalogQueries.countFacets(filter));
        }
        // A value's count is the total the listing shows once it is chosen.
        Map<String, Long> outcomes = index.count(
                        IndexedFacets.slugs(new CaseFilter(null, null, Topic.of("sourcing"), null, null, null, null)))
                .orElseThrow()
                .get("outcome");
        assertThat(outcomes.get("failure"))
                .isEqualTo(catalog.browse(
                                new CaseFilter(null, Outcome.FAILURE, Topic.of("sourcing"), null, null, null, null),
                                1,
                                12)
                        .total());
    }

    private long publish(Person author, Person editor, CaseCommand command) {
        long id = fixtures.authoring().createDraft(author.id(), command);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }
}
