package org.hros.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.hros.casestudy.CaseDrafts;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.request.domain.Agenda;
import org.hros.request.domain.AgendaQueries;
import org.hros.request.domain.BoardQuery;
import org.hros.request.domain.RequestCard;
import org.hros.request.domain.RequestDetail;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.RecordedEvents;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RequestAgendaTests extends IntegrationTestBase {

    @Autowired
    Agenda agenda;

    @Autowired
    AgendaQueries queries;

    @Autowired
    RecordedEvents recorded;

    @Autowired
    CaseDrafts drafts;

    @Autowired
    CaseReviews reviews;

    @Autowired
    List<org.hros.shared.PublicSubjects> subjects;

    @Autowired
    SimilarContent similar;

    @Test
    void requestsArePublicSubjectsWhosePostersSpeakUnderTheirOwnName() {
        Person poster = fixtures.member(MemberRole.MEMBER);
        long id = agenda.post(poster.id(), command("A request other modules refer to"));
        org.hros.shared.PublicSubjects requests = subjects.stream()
                .filter(s -> s.type() == org.hros.shared.SubjectType.REQUEST)
                .findFirst()
                .orElseThrow();
        assertThat(requests.find(id)).hasValueSatisfying(info -> {
            assertThat(info.title()).isEqualTo("A request other modules refer to");
            assertThat(info.path()).isEqualTo("/requests/" + id + "/a-request-other-modules-refer-to");
        });
        assertThat(requests.find(Long.MAX_VALUE)).isEmpty();
        assertThat(requests.speaksAsAuthor(id, poster.id())).isFalse();
        // Similar content may come from the search index, which is written in the background after each commit.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(similar.similarTo("modules refer", 5))
                        .extracting(SimilarItem::id)
                        .contains(id));
    }

    static RequestCommand command(String title) {
        return new RequestCommand(
                title,
                "We need a real account of this, with numbers if possible.",
                List.of(Topic.of("sourcing")),
                List.of(Skill.of("data-analysis")),
                null,
                null);
    }

    @Test
    void eightConcurrentClicksCountAsOneVote() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person voter = fixtures.member(MemberRole.MEMBER);
        long id = agenda.post(poster.id(), command("Concurrent votes on a sourcing request"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> clicks = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Boolean> click = () -> {
                    start.await();
                    return agenda.vote(id, voter.id());
                };
                clicks.add(pool.submit(click));
            }
            start.countDown();
            long added = 0;
            for (Future<Boolean> click : clicks) {
                added += click.get() ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.detail(id, voter.id(), false).votes()).isEqualTo(1);
        assertThat(queries.detail(id, voter.id(), false).voted()).isTrue();

        agenda.unvote(id, voter.id());
        assertThat(queries.detail(id, voter.id(), false).votes()).isZero();
        assertThat(agenda.vote(id, voter.id())).isTrue();
    }

    @Test
    void mergingMovesVotesAndFollowersWithoutDoubleVotesAndTellsTheDuplicatesAudience() {
        Person a = fixtures.member(MemberRole.MEMBER);
        Person b = fixtures.member(MemberRole.MEMBER);
        Person both = fixtures.member(MemberRole.MEMBER);
        Person follower = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long target = agenda.post(a.id(), command("Which sourcing metrics predicted hires"));
        long duplicate = agenda.post(b.id(), command("Sourcing metrics that predict who we hire"));
        agenda.vote(target, both.id());
        agenda.vote(duplicate, both.id());
        agenda.vote(duplicate, a.id());
        agenda.follow(duplicate, follower.id());

        agenda.merge(duplicate, target, editor.id());

        RequestDetail merged = queries.detail(target, both.id(), false);
        assertThat(merged.votes())
                .as("both voted on the target; a's vote moved")
                .isEqualTo(2);
        assertThat(merged.voted()).isTrue();
        assertThat(queries.detail(target, follower.id(), false).following()).isTrue();
        assertThat(queries.detail(target, b.id(), false).following())
                .as("the duplicate's poster follows it, so now follows the target")
                .isTrue();
        RequestDetail closed = queries.detail(duplicate, null, false);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.DUPLICATE);
        assertThat(closed.mergedIntoId()).isEqualTo(target);
        assertThat(closed.votes()).isZero();
        assertThat(closed.history()).extracting(h -> h.to()).containsExactly(RequestStatus.OPEN, RequestStatus.CLOSED);

        RequestStatusChanged event = recorded.statusChangesOf(duplicate).get(0);
        assertThat(event.to()).isEqualTo(RequestStatus.CLOSED);
        assertThat(event.reason()).isEqualTo(CloseReason.DUPLICATE);
        assertThat(event.mergedIntoId()).isEqualTo(target);
        assertThat(event.path()).startsWith("/requests/" + target + "/");
        assertThat(event.audience()).containsExactlyInAnyOrder(b.id(), both.id(), a.id(), follower.id());

        assertThatThrownBy(() -> agenda.vote(duplicate, follower.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> agenda.merge(target, target, editor.id())).isInstanceOf(FieldErrorsException.class);
    }

    @Test
    void publishingAnInvitedMembersCaseAnswersTheRequestAndTellsVotersAndFollowers() {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person voter = fixtures.member(MemberRole.MEMBER);
        Person writer = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = agenda.post(poster.id(), command("Onboarding remote hires nobody meets"));
        agenda.vote(id, voter.id());
        long offer = agenda.offer(id, writer.id(), OfferKind.FULL_CASE, "We rebuilt our remote onboarding twice.");
        agenda.invite(offer, editor.id());

        long caseId = agenda.accept(offer, writer.id());
        assertThat(queries.detail(id, null, false).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(agenda.accept(offer, writer.id()))
                .as("accepting twice starts no second draft")
                .isEqualTo(caseId);
        assertThat(queries.detail(id, null, false).cases())
                .as("a draft is not shown")
                .isEmpty();

        // The writer completes the draft and submits it; an editor publishes it.
        fixtures.authoring()
                .saveDraft(
                        writer.id(),
                        caseId,
                        org.hros.support.TestFixtures.completeCase(
                                "How we onboard people who never meet their team",
                                Outcome.MIXED,
                                Topic.of("onboarding"),
                                org.hros.casestudy.AttributionMode.ANONYMOUS));
        fixtures.authoring().submit(writer.id(), caseId, true);
        reviews.claim(caseId, editor.id());
        reviews.publish(caseId, editor.id());

        waitUntil(() -> queries.detail(id, null, false).status() == RequestStatus.ANSWERED);
        RequestDetail answered = queries.detail(id, null, false);
        assertThat(answered.cases()).extracting(c -> c.id()).containsExactly(caseId);
        List<RequestStatusChanged> changes = recorded.statusChangesOf(id);
        assertThat(changes)
                .extracting(RequestStatusChanged::to)
                .containsExactly(RequestStatus.IN_PROGRESS, RequestStatus.ANSWERED);
        RequestStatusChanged done = changes.get(1);
        assertThat(done.from()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(done.audience()).containsExactlyInAnyOrder(poster.id(), voter.id());
        assertThat(done.path()).isEqualTo(answered.path());
    }

    @Test
    void editorsLinkAPublishedCaseWithTheSameEffectAsPublication() {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = agenda.post(poster.id(), command("Salary ranges in job ads before the law"));
        long draft = drafts.startDraft(author.id(), CaseType.SPARK, "Not yet published");
        assertThatThrownBy(() -> agenda.linkCase(id, draft, editor.id())).isInstanceOf(FieldErrorsException.class);
        long published = fixtures.published(
                author, editor, "We published salary ranges", Outcome.SUCCESS, Topic.of("employer-brand"));

        agenda.linkCase(id, published, editor.id());

        assertThat(queries.detail(id, null, false).status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(recorded.statusChangesOf(id)).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo(RequestStatus.ANSWERED);
            assertThat(e.audience()).containsExactly(poster.id());
        });
    }

    @Test
    void statusRulesNeedAReasonToCloseAndLeaveAnsweredToCases() {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = agenda.post(poster.id(), command("Employee advocacy that did not feel forced"));
        assertThatThrownBy(() -> agenda.changeStatus(id, editor.id(), RequestStatus.ANSWERED, null))
                .isInstanceOf(FieldErrorsException.class);
        assertThatThrownBy(() -> agenda.changeStatus(id, editor.id(), RequestStatus.CLOSED, null))
                .isInstanceOf(FieldErrorsException.class);
        agenda.changeStatus(id, editor.id(), RequestStatus.SOURCING, null);
        agenda.changeStatus(id, editor.id(), RequestStatus.CLOSED, CloseReason.STALE);
        RequestDetail closed = queries.detail(id, null, false);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STALE);
        assertThat(closed.history())
                .extracting(h -> h.to())
                .containsExactly(RequestStatus.OPEN, RequestStatus.SOURCING, RequestStatus.CLOSED);
    }

    @Test
    void trendingCountsOnlyTheVotesOfTheLastFourteenDays() {
        Person poster = fixtures.member(MemberRole.MEMBER);
        String tag = "trend" + System.nanoTime();
        long old = agenda.post(poster.id(), command("Old favourite " + tag));
        for (int i = 0; i < 3; i++) {
            agenda.vote(old, fixtures.member(MemberRole.MEMBER).id());
        }
        clock.advance(Duration.ofDays(20));
        long fresh = agenda.post(poster.id(), command("Rising question " + tag));
        for (int i = 0; i < 2; i++) {
            agenda.vote(fresh, fixtures.member(MemberRole.MEMBER).id());
        }
        List<Long> trending = ids(queries.board(
                        new BoardQuery(BoardQuery.Sort.TRENDING, null, null, null, BoardQuery.Mine.FOLLOWED, 1, 50),
                        poster.id())
                .items());
        List<Long> byVotes = ids(queries.board(
                        new BoardQuery(BoardQuery.Sort.VOTES, null, null, null, BoardQuery.Mine.FOLLOWED, 1, 50),
                        poster.id())
                .items());
        assertThat(trending).containsExactly(fresh, old);
        assertThat(byVotes).containsExactly(old, fresh);
    }

    private static List<Long> ids(List<RequestCard> cards) {
        return cards.stream().map(RequestCard::id).toList();
    }

    static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The condition did not come true in time");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
