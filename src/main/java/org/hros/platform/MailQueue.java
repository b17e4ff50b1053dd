package org.hros.platform;

import java.time.Instant;

/**
 * Implemented by each module that keeps an outbox of e-mails (notices, the digest), so that the operations page can
 * show how mail is flowing without depending on those modules. Counts and times only, never an address or a text.
 */
public interface MailQueue {

    /** The message key naming the outbox, e.g. "Notice mails". */
    String labelKey();

    /** The outbox as it stands, with sent and given-up mails counted from {@code since}. */
    State state(Instant since);

    /**
     * @param waiting mails not sent yet that will still be tried
     * @param sent mails sent since the moment asked
     * @param failed mails given up since the moment asked
     * @param oldestWaiting when the oldest waiting mail was queued, or {@code null}
     */
    record State(long waiting, long sent, long failed, Instant oldestWaiting) {}
}
