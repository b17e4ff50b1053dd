package org.hros.search.domain.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.shared.Skill;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.StatementCounter;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rebuild writes its documents without queuing index changes: its mass indexer indexes them right after, and
 * at 100,000 cases the queued changes kept Hibernate Search's agent busy for half an hour after the rebuild, while
 * the listing counted its facets in SQL. Publication and the event handlers still queue theirs.
 */
class RebuildIndexingPlanTests extends IntegrationTestBase {

    @Autowired
    CaseDocuments cases;

    @Autowired
    RequestDocuments requests;

    @Autowired
    ReplyDocuments replies;

    @Autowired
    Agenda agenda;

    @Autowired
    DiscussionService discussion;

    @Autowired
    JdbcClient jdbc;

    @Test
    void documentsWrittenForTheMassIndexerQueueNoIndexChange() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        CaseCommand command = TestFixtures.completeCase(
                "Varrowick shift swaps", Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.NAMED);
        long caseId = fixtures.authoring().createDraft(author.id(), command);
        fixtures.authoring().submit(author.id(), caseId);
        fixtures.reviews().claim(caseId, editor.id());
        fixtures.reviews().publish(caseId, editor.id());
        long requestId = agenda.post(
                author.id(),
                new RequestCommand(
                        "Varrowick rotas",
                        "Examples of **varrowick** rotas that kept night staff for a year, please.",
                        List.of(Topic.of("onboarding")),
                        List.of(Skill.of("writing")),
                        null,
                        null));
        long replyId = discussion.post(new SubjectRef(SubjectType.CASE, caseId), editor.id(), "Same here.", null);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> exists("case_document", caseId)
                        && exists("request_document", requestId)
                        && exists("reply_document", replyId));

        clear("case_document", caseId);
        assertThat(outboxWrites(() -> cases.refreshBeforeMassIndexing(List.of(caseId))))
                .isZero();
        assertThat(exists("case_document", caseId)).isTrue();
        clear("case_document", caseId);
        assertThat(outboxWrites(() -> cases.refresh(List.of(caseId)))).isPositive();

        clear("request_document", requestId);
        assertThat(outboxWrites(() -> requests.refreshBeforeMassIndexing(List.of(requestId))))
                .isZero();
        assertThat(exists("request_document", requestId)).isTrue();
        clear("request_document", requestId);
        assertThat(outboxWrites(() -> requests.refresh(List.of(requestId)))).isPositive();

        clear("reply_document", replyId);
        assertThat(outboxWrites(() -> replies.refreshBeforeMassIndexing(List.of(replyId))))
                .isZero();
        assertThat(exists("reply_document", replyId)).isTrue();
        clear("reply_document", replyId);
        assertThat(outboxWrites(() -> replies.refresh(List.of(replyId)))).isPositive();
    }

    /** How many statements {@code work} sent to Hibernate Search's outbox. */
    private static long outboxWrites(Runnable work) throws Exception {
        Callable<Void> call = () -> {
            work.run();
            return null;
        };
        return StatementCounter.statements(call).stream()
                .filter(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("hsearch_outbox_event"))
                .count();
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("select exists (select 1 from " + table + " where id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private void clear(String table, long id) {
        jdbc.sql("delete from " + table + " where id = ?").param(id).update();
        assertThat(exists(table, id)).isFalse();
    }
}
