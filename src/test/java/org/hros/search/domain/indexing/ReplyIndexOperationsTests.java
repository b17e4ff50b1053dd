package org.hros.search.domain.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.hros.casestudy.Outcome;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.search.CommunitySearch;
import org.hros.search.SearchKind;
import org.hros.search.SearchQuery;
import org.hros.search.SearchUnavailableException;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One change to a reply is one index operation for it. Every operation the automatic indexing queues is a row in
 * the outbox, written by whichever thread made the change (a listener, the rebuild's batches): a trigger notes each
 * one for the length of a test, so that an operation queued twice, or queued beside the mass indexer's, is counted.
 */
class ReplyIndexOperationsTests extends IntegrationTestBase {

    @Autowired
    DiscussionService discussion;

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    CommunitySearch community;

    @Autowired
    JdbcClient jdbc;

    Person member;
    long replyId;
    String word = word();

    @BeforeEach
    void aReplyInTheIndex() {
        member = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId =
                fixtures.published(member, editor, "Our " + word + " rota", Outcome.FAILURE, Topic.of("onboarding"));
        replyId = discussion.post(
                new SubjectRef(SubjectType.CASE, caseId), member.id(), word + " rotas failed us too.", null);
        awaitFound(word, 1);
        jdbc.sql("create table test_index_operation (entity_name text, entity_id text)")
                .update();
        jdbc.sql("create function test_note_index_operation() returns trigger language plpgsql as"
                        + " $$ begin insert into test_index_operation values (new.entity_name, new.entity_id);"
                        + " return new; end $$")
                .update();
        jdbc.sql("create trigger test_note_index_operation after insert on hsearch_outbox_event for each row"
                        + " execute function test_note_index_operation()")
                .update();
    }

    @AfterEach
    void stopNoting() {
        jdbc.sql("drop trigger if exists test_note_index_operation on hsearch_outbox_event")
                .update();
        jdbc.sql("drop function if exists test_note_index_operation()").update();
        jdbc.sql("drop table if exists test_index_operation").update();
    }

    @Test
    void anEditedReplyIsIndexedOnce() {
        String added = word();
        discussion.edit(replyId, member.id(), word + " rotas failed us too, and " + added + " ones.");
        awaitFound(added, 1);
        assertThat(operationsOnTheReply()).isEqualTo(1);
    }

    @Test
    void aReplyTheRebuildFindsWithoutItsDocumentIsIndexedOnceByTheMassIndexer() {
        // As after a lost event: the document is gone (the index, purged by the rebuild, still has it until then).
        jdbc.sql("delete from reply_document where id = ?").param(replyId).update();

        assertThat(maintenance.rebuild()).isTrue();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> !maintenance.status().rebuilding());
        assertThat(maintenance.status().failed()).isFalse();

        assertThat(jdbc.sql("select count(*) from reply_document where id = ?")
                        .param(replyId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        awaitFound(word, 1);
        // The reconciliation wrote the document; the mass indexer indexed it. Queued in the outbox as well, it was
        // indexed a second time once the mass indexer let the agent go on.
        assertThat(operationsOnTheReply()).isZero();
    }

    private long operationsOnTheReply() {
        return jdbc.sql("select count(*) from test_index_operation where entity_name like '%ReplyDocument'"
                        + " and entity_id = ?")
                .param(Long.toString(replyId))
                .query(Long.class)
                .single();
    }

    /** A word no other test uses, so that what the index finds for it is this test's reply alone. */
    private static String word() {
        StringBuilder word = new StringBuilder("wobble");
        java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }

    private void awaitFound(String word, long total) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .ignoreException(SearchUnavailableException.class)
                .until(() -> community.count(SearchKind.DISCUSSION, SearchQuery.of(word)) == total);
    }
}
