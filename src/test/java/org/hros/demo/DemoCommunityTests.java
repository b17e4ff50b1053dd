package org.hros.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Facets;
import org.hros.casestudy.Outcome;
import org.hros.shared.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoCommunityTests {

    @Autowired
    CaseCatalog catalog;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CaseReviews reviews;

    @Autowired
    org.hros.request.domain.AgendaQueries agenda;

    @Test
    void theAgendaLooksAliveWithVotesAnAnswerAndAnOffer() {
        var board = agenda.board(new org.hros.request.domain.BoardQuery(null, null, null, null, null, 1, 50), null);
        assertThat(board.total()).isGreaterThanOrEqualTo(8);
        assertThat(board.items().get(0).votes()).isGreaterThanOrEqualTo(3);
        assertThat(board.items())
                .filteredOn(r -> r.status() == org.hros.request.RequestStatus.ANSWERED)
                .singleElement()
                .satisfies(r ->
                        assertThat(agenda.detail(r.id(), null, false).cases()).hasSize(1));
        assertThat(agenda.openOffers()).isNotEmpty();
    }

    @Test
    void theFirstAdminComesFromConfigurationAndTheEditorFromTheDemo() {
        assertThat(accounts.loadUserByUsername("admin@example.org").getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains("ROLE_ADMIN");
        assertThat(accounts.loadUserByUsername("elena@example.org").getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains("ROLE_EDITOR");
    }

    @Test
    void newcomersSeeALivingLibrary() {
        Facets facets = catalog.facets(CaseFilter.ANY);
        assertThat(catalog.countPublished()).isGreaterThanOrEqualTo(30);
        assertThat(facets.outcomes().get(Outcome.FAILURE)).isGreaterThanOrEqualTo(10);
        assertThat(facets.types().get(CaseType.SPARK)).isGreaterThanOrEqualTo(8);
        assertThat(facets.topics().keySet()).containsAll(Arrays.asList(Topic.values()));
        assertThat(catalog.latest(CaseFilter.ANY, 50)).allMatch(card -> card.sample());
        assertThat(reviews.queue()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Autowired
    org.hros.circle.domain.CircleService circles;

    @Autowired
    org.hros.practice.domain.GoalService goals;

    @Autowired
    org.hros.member.MemberDirectory directory;

    @Test
    void peersHaveACircleWithAClinicAndGoalsWithCheckIns() {
        long maya = ((org.hros.member.MemberPrincipal) accounts.loadUserByUsername("maya@example.org")).id();
        long sam = ((org.hros.member.MemberPrincipal) accounts.loadUserByUsername("sam@example.org")).id();
        var mine = circles.myCircles(maya);
        assertThat(mine).hasSize(1);
        var circle = circles.page(mine.get(0).id(), maya);
        assertThat(circle.memberCount()).isEqualTo(4);
        assertThat(circle.chathamHouse()).isTrue();
        assertThat(circle.clinics()).hasSize(1);
        assertThat(circle.checkIns()).hasSize(2).allMatch(p -> p.anonymous());
        assertThat(circle.sharedGoals()).hasSize(2);
        var progress = goals.progress(directory.find(sam).orElseThrow().handle(), null);
        assertThat(progress.goals()).hasSize(1);
        var goal = goals.goal(progress.goals().get(0).id(), null);
        assertThat(goal.measuredCheckIns()).hasSize(3);
        assertThat(goal.inspiredBy()).hasSize(1);
    }
}
