package org.hros.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.SampleLibrary;
import org.hros.exercise.ExerciseSamples;
import org.hros.member.MemberOnboarding;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.request.domain.AgendaQueries;
import org.hros.request.domain.BoardQuery;
import org.hros.shared.FieldErrorsException;
import org.hros.support.IntegrationTestBase;
import org.hros.team.TeamSamples;
import org.hros.track.TrackSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo community's load as a newcomer's first start meets it: stopped half-way (Ctrl-C, a benchmark that stops
 * at the first page), it leaves nothing of itself, and the next start loads all of it, also on a database an earlier
 * version left with its sample members and no case. Runs on a database of its own, with an empty library.
 */
@TestPropertySource(properties = "spring.application.name=hros-demo-load")
class DemoLoadTests extends IntegrationTestBase {

    private static final DemoProperties PASSWORDS = new DemoProperties("demo-member-password", "demo-editor-password");

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    MemberOnboarding onboarding;

    @Autowired
    SampleLibrary library;

    @Autowired
    CaseCatalog catalog;

    @Autowired
    CaseReviews reviews;

    @Autowired
    AgendaQueries agenda;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TeamSamples teams;

    @Autowired
    TrackSamples tracks;

    @Autowired
    ExerciseSamples exercises;

    @Autowired
    Clock appClock;

    @Test
    void aLoadStoppedHalfWayLeavesNothingAndTheNextStartLoadsAllOfIt() {
        // What an earlier version left when it was stopped during its load: the members, and not one case.
        long maya = onboarding.registerSample(
                "maya@example.org",
                "Maya Okafor",
                PASSWORDS.memberPassword(),
                MemberRole.MEMBER,
                "Head of Employer Brand",
                null);

        // A load stopped at its last step, after the cases, requests, tracks and sessions.
        DemoTeam stopped = new DemoTeam(teams, tracks, exercises, appClock) {
            @Override
            void load(Map<String, Long> members, Map<String, DemoTracks.PublishedTrack> published) {
                throw new IllegalStateException("stopped during the load");
            }
        };
        assertThatThrownBy(() -> demo(stopped).loadIfEmpty()).hasMessageContaining("stopped during the load");
        assertThat(catalog.countPublished()).isZero();
        assertThat(reviews.queue()).isEmpty();
        assertThat(board()).isZero();
        assertThatThrownBy(() -> accounts.loadUserByUsername("elena@example.org"))
                .isInstanceOf(UsernameNotFoundException.class);

        // The next start: the whole demo, with the sample member that was already there.
        assertThat(demo(beans.createBean(DemoTeam.class)).loadIfEmpty()).isTrue();
        assertThat(catalog.countPublished()).isGreaterThanOrEqualTo(30);
        assertThat(reviews.queue()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(board()).isGreaterThanOrEqualTo(8);
        assertThat(((MemberPrincipal) accounts.loadUserByUsername("maya@example.org")).id())
                .isEqualTo(maya);
        assertThat(accounts.loadUserByUsername("elena@example.org").getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains("ROLE_EDITOR");

        // And every start after that leaves the library as it is.
        long published = catalog.countPublished();
        assertThat(demo(beans.createBean(DemoTeam.class)).loadIfEmpty()).isFalse();
        assertThat(catalog.countPublished()).isEqualTo(published);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRealMembersAddressIsNeverTakenOverBySampleContent() {
        var person = fixtures.member(MemberRole.MEMBER);
        // The fixtures' members are sample content themselves; this one signed up as a person does.
        jdbc.sql("update member set sample = false where id = ?")
                .param(person.id())
                .update();
        assertThatThrownBy(() -> onboarding.registerSample(
                        person.email(), "Someone Else", PASSWORDS.memberPassword(), MemberRole.EDITOR, "Editor", null))
                .isInstanceOf(FieldErrorsException.class);
        assertThat(accounts.loadUserByUsername(person.email()).getAuthorities())
                .extracting(a -> a.getAuthority())
                .doesNotContain("ROLE_EDITOR");
    }

    private DemoCommunity demo(DemoTeam team) {
        return new DemoCommunity(
                onboarding,
                library,
                beans.createBean(DemoAgenda.class),
                beans.createBean(DemoPeerLearning.class),
                beans.createBean(DemoTracks.class),
                beans.createBean(DemoSessions.class),
                team,
                appClock,
                PASSWORDS,
                transactions);
    }

    private long board() {
        return agenda.board(new BoardQuery(null, null, null, null, null, 1, 50), null)
                .total();
    }
}
