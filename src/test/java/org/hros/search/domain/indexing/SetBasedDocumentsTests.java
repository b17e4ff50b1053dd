package org.hros.search.domain.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.shared.Skill;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rebuild makes documents in set-based batches; publication and the event handlers make them one at a time.
 * Both must give the very same documents, column for column, vectors included.
 */
class SetBasedDocumentsTests extends IntegrationTestBase {

    @Autowired
    CaseDocuments cases;

    @Autowired
    RequestDocuments requests;

    @Autowired
    ReplyDocuments replies;

    @Autowired
    CaseCatalog catalog;

    @Autowired
    Agenda agenda;

    @Autowired
    DiscussionService discussion;

    @Autowired
    JdbcClient jdbc;

    @Test
    void batchesMakeTheSameDocumentsAsOneAtATime() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long named = publish(author, editor, "Quillborne referrals", Outcome.FAILURE, AttributionMode.NAMED);
        long roleOnly = publish(author, editor, "Quillborne job ads", Outcome.MIXED, AttributionMode.ROLE_ONLY);
        long anonymous = publish(other, editor, "Quillborne exit talks", Outcome.FAILURE, AttributionMode.ANONYMOUS);
        long revised = publish(other, editor, "Quillborne onboarding", Outcome.SUCCESS, AttributionMode.NAMED);
        revise(other, editor, revised, "The second revision's summary, about quillborne buddies.");
        long withdrawn = publish(author, editor, "Quillborne pay bands", Outcome.SUCCESS, AttributionMode.NAMED);
        long draft = fixtures.draft(author, "Quillborne draft", Outcome.FAILURE, Topic.of("sourcing"));

        long request = agenda.post(
                other.id(),
                new RequestCommand(
                        "Quillborne rotas",
                        "Examples of **quillborne** rotas that kept night staff for a year, please.",
                        List.of(Topic.of("onboarding")),
                        List.of(Skill.of("writing")),
                        null,
                        null));
        long merged = agenda.post(
                author.id(),
                new RequestCommand(
                        "Quillborne rotas again",
                        "The same need: quillborne rotas for night staff, with what went wrong.",
                        List.of(Topic.of("onboarding")),
                        List.of(),
                        null,
                        null));
        agenda.merge(merged, request, editor.id());
        List<Long> replyIds = new ArrayList<>();
        replyIds.add(discussion.post(new SubjectRef(SubjectType.CASE, named), other.id(), "We did the same.", null));
        // The author of an anonymous case speaks under its pseudonym: their reply's time is shown by the day.
        replyIds.add(discussion.post(new SubjectRef(SubjectType.CASE, anonymous), other.id(), "Thank you all.", null));
        replyIds.add(discussion.post(new SubjectRef(SubjectType.CASE, anonymous), author.id(), "Brave post.", null));
        replyIds.add(discussion.post(new SubjectRef(SubjectType.REQUEST, request), author.id(), "Me too.", null));
        replyIds.add(discussion.post(new SubjectRef(SubjectType.CASE, withdrawn), other.id(), "Gone soon.", null));
        fixtures.authoring().withdraw(author.id(), withdrawn);

        List<Long> caseIds = List.of(named, roleOnly, anonymous, revised, withdrawn, draft);
        List<Long> requestIds = List.of(request, merged);
        // The event handlers have made their documents, so nothing runs beside what follows.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> rows("case_document", caseIds).size() == 4
                        && rows("reply_document", replyIds).size() == 4
                        && rows("request_document", requestIds).size() == 1);
        cases.helpful(named, 7);

        // The library reads many cases as it reads one.
        List<CaseView> oneByOne = List.of(named, roleOnly, anonymous, revised).stream()
                .map(id -> catalog.read(id, null))
                .toList();
        assertThat(catalog.readCurrent(caseIds)).isEqualTo(oneByOne);
        assertThat(oneByOne.get(3).revision()).isEqualTo(2);

        clear("case_document", caseIds);
        // One at a time, as the event handlers do: a withdrawn case or a draft has no document.
        caseIds.forEach(cases::refresh);
        List<String> single = rows("case_document", caseIds);
        clear("case_document", caseIds);
        cases.refresh(caseIds);
        assertThat(single).hasSize(4);
        assertThat(rows("case_document", caseIds)).isEqualTo(single);
        assertThat(single).filteredOn(row -> row.contains("\"helpful\": 7")).hasSize(1);
        // Stale documents go too: the withdrawn case's, put back by hand, is removed by the batch.
        jdbc.sql("insert into case_document select (jsonb_populate_record(null::case_document, to_jsonb(d)"
                        + " || jsonb_build_object('id', ?::bigint))).* from case_document d where d.id = ?")
                .params(withdrawn, named)
                .update();
        assertThat(rows("case_document", caseIds)).hasSize(5);
        cases.refresh(caseIds);
        assertThat(rows("case_document", caseIds)).isEqualTo(single);
        // And by one refresh of its own.
        jdbc.sql("insert into case_document select (jsonb_populate_record(null::case_document, to_jsonb(d)"
                        + " || jsonb_build_object('id', ?::bigint))).* from case_document d where d.id = ?")
                .params(withdrawn, named)
                .update();
        cases.refresh(withdrawn);
        assertThat(rows("case_document", caseIds)).isEqualTo(single);

        clear("request_document", requestIds);
        requestIds.forEach(requests::refresh);
        List<String> singleRequests = rows("request_document", requestIds);
        clear("request_document", requestIds);
        requests.refresh(requestIds);
        assertThat(singleRequests).hasSize(1);
        assertThat(rows("request_document", requestIds)).isEqualTo(singleRequests);

        clear("reply_document", replyIds);
        for (long id : replyIds) {
            discussionSubject(id).ifPresent(subject -> replies.refresh(id, subject));
        }
        List<String> singleReplies = rows("reply_document", replyIds);
        clear("reply_document", replyIds);
        replies.refresh(replyIds);
        assertThat(singleReplies).hasSize(4);
        assertThat(rows("reply_document", replyIds)).isEqualTo(singleReplies);
    }

    private long publish(Person author, Person editor, String title, Outcome outcome, AttributionMode attribution) {
        CaseCommand command = TestFixtures.completeCase(title, outcome, Topic.of("sourcing"), attribution);
        long id = fixtures.authoring().createDraft(author.id(), command);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    private void revise(Person author, Person editor, long id, String summary) {
        CaseCommand command = TestFixtures.completeCase(
                "Quillborne onboarding", Outcome.SUCCESS, Topic.of("onboarding"), AttributionMode.NAMED);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.put(Section.SUMMARY, summary);
        CaseCommand changed = TestFixtures.withSections(command, sections);
        fixtures.authoring()
                .saveDraft(
                        author.id(),
                        id,
                        new CaseCommand(
                                changed.type(),
                                changed.title(),
                                changed.outcome(),
                                changed.topics(),
                                changed.skills(),
                                changed.context(),
                                changed.licence(),
                                changed.vendorDisclosure(),
                                changed.attribution(),
                                changed.roleDescriptor(),
                                changed.sections(),
                                fixtures.authoring().draft(author.id(), id).version(),
                                changed.approverEmail(),
                                changed.embargoUntil()));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
    }

    /** A reply's subject, read from the discussion as the event handler has it. */
    private java.util.Optional<SubjectRef> discussionSubject(long replyId) {
        return jdbc.sql("select subject_type, subject_id from reply where id = ?")
                .param(replyId)
                .query((rs, i) -> new SubjectRef(SubjectType.valueOf(rs.getString(1)), rs.getLong(2)))
                .optional();
    }

    private List<String> rows(String table, List<Long> ids) {
        return jdbc.sql("select to_jsonb(d)::text from " + table + " d where d.id = any(?) order by d.id")
                .param(ids.toArray(Long[]::new))
                .query(String.class)
                .list();
    }

    private void clear(String table, List<Long> ids) {
        jdbc.sql("delete from " + table + " where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .update();
        assertThat(rows(table, ids)).isEmpty();
    }
}
