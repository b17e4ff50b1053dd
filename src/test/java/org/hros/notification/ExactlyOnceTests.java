package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.hros.request.domain.Agenda;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * An event is delivered again when its listener failed or when the application died before the registry marked
 * it complete (the registry republishes incomplete events at start). Either way each member ends up with one
 * notice and one e-mail. {@code NoticeCrashRecoveryTests} does the same with a real kill -9. A change is one
 * change: the same move made again later is news again.
 */
class ExactlyOnceTests extends NoticeTestBase {

    /** The notices' own deliveries of an event (other modules, such as webhooks, listen to the same events). */
    private static final String NOTICES = " and listener_id like 'org.hros.notification.%'";

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    Agenda agenda;

    @Test
    void aListenerThatFailedIsResubmittedAndAnEventDeliveredTwiceMakesOneNoticeAndOneMail() throws Exception {
        Person voter = fixtures.member(MemberRole.MEMBER);
        preferences.set(voter.id(), NoticeCategory.REQUEST_UPDATES, NoticeDelivery.EMAIL_NOW);
        long requestId = uniqueId();
        String path = "/requests/" + requestId;
        String fragment = "\"requestId\":" + requestId + ",";

        // The database refuses this notice, as it would if it were unreachable mid-transaction.
        jdbc.sql("create or replace function refuse_notice() returns trigger as $$ begin"
                        + " if new.link = '" + path + "' then raise exception 'database unavailable'; end if;"
                        + " return new; end $$ language plpgsql")
                .update();
        jdbc.sql("create trigger refuse_notice before insert on notice for each row execute function refuse_notice()")
                .update();
        try {
            publish(new RequestStatusChanged(
                    requestId,
                    uniqueId(),
                    "Hiring without CVs",
                    path,
                    RequestStatus.OPEN,
                    RequestStatus.SOURCING,
                    null,
                    null,
                    Set.of(voter.id())));
            await(() -> jdbc.sql("select count(*) from event_publication where serialized_event like ?"
                                    + " and status = 'FAILED'")
                            .param("%" + fragment + "%")
                            .query(Long.class)
                            .single()
                    == 1);
        } finally {
            jdbc.sql("drop trigger refuse_notice on notice").update();
            jdbc.sql("drop function refuse_notice()").update();
        }
        assertThat(notices(voter.id())).isEmpty();
        assertThat(incompleteCount(fragment)).isEqualTo(1);

        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof RequestStatusChanged e && e.requestId() == requestId);
        awaitHandled(fragment);
        assertThat(awaitNotices(voter.id(), 1)).hasSize(1);
        assertThat(TestMail.to(voter.email(), 1)).hasSize(1);

        // The registry did not note the completion (as when the application dies right after the listener's
        // commit) and the event is delivered again.
        jdbc.sql("update event_publication set completion_date = null, status = 'FAILED' where serialized_event like ?"
                        + NOTICES)
                .param("%" + fragment + "%")
                .update();
        assertThat(incompleteCount(fragment)).isEqualTo(1);
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof RequestStatusChanged e && e.requestId() == requestId);
        awaitHandled(fragment);
        sender.sendDue();

        assertThat(notices(voter.id())).hasSize(1);
        assertThat(outbox(voter.id())).extracting(OutboxMail::items).containsExactly(1);
        assertThat(TestMail.to(voter.email(), 1)).hasSize(1);
    }

    @Test
    void theSameMoveMadeTwiceTellsTwiceWhileOneChangeDeliveredAgainTellsOnce() {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person voter = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        preferences.set(voter.id(), NoticeCategory.REQUEST_UPDATES, NoticeDelivery.IN_APP);
        long requestId = agenda.post(
                poster.id(),
                new RequestCommand(
                        "Sourcing nurses in a shortage",
                        "What worked when nobody answered the ads?",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        agenda.vote(requestId, voter.id());

        // Open → sourcing → open → sourcing: the second move to sourcing is news again.
        agenda.changeStatus(requestId, editor.id(), RequestStatus.SOURCING, null);
        agenda.changeStatus(requestId, editor.id(), RequestStatus.OPEN, null);
        agenda.changeStatus(requestId, editor.id(), RequestStatus.SOURCING, null);
        String fragment = "\"requestId\":" + requestId + ",";
        awaitNotices(voter.id(), 3);
        awaitHandled(fragment);
        String sourcing = "An editor is looking for a case to answer \"Sourcing nurses in a shortage\".";
        String open = "The request \"Sourcing nurses in a shortage\" is open again.";
        assertThat(notices(voter.id()))
                .extracting(StoredNotice::text)
                .containsExactlyInAnyOrder(sourcing, open, sourcing);
        assertThat(notices(poster.id()))
                .extracting(StoredNotice::text)
                .containsExactlyInAnyOrder(sourcing, open, sourcing);

        // The last change is delivered again, as after a crash before the registry noted its completion.
        long lastChange = jdbc.sql("select max(id) from request_status_change where request_id = ?")
                .param(requestId)
                .query(Long.class)
                .single();
        String last = "\"changeId\":" + lastChange + ",";
        assertThat(jdbc.sql("update event_publication set completion_date = null, status = 'FAILED'"
                                + " where serialized_event like ?" + NOTICES)
                        .param("%" + fragment + "%" + last + "%")
                        .update())
                .isEqualTo(1);
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof RequestStatusChanged e && e.changeId() == lastChange);
        awaitHandled(fragment);
        assertThat(notices(voter.id()))
                .extracting(StoredNotice::text)
                .containsExactlyInAnyOrder(sourcing, open, sourcing);
        assertThat(notices(poster.id())).hasSize(3);
    }

    private long incompleteCount(String fragment) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like ?" + NOTICES)
                .param("%" + fragment + "%")
                .query(Long.class)
                .single();
    }
}
