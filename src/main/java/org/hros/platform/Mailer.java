package org.hros.platform;

import java.util.List;
import java.util.Map;

/**
 * Sends e-mail to one person. A delivery that failed (no server, refused) throws a runtime exception, so a caller
 * that keeps an outbox can try again later.
 */
public interface Mailer {

    void send(MailMessage message);

    /** False when no mail server is configured and mails only go to the log (a newcomer's laptop). */
    default boolean delivers() {
        return true;
    }

    /**
     * One e-mail with a plain-text body and an optional HTML alternative.
     *
     * @param to the recipient's address
     * @param subject the subject line
     * @param text the plain-text body
     * @param html the HTML body, or {@code null} for text only
     * @param headers extra headers, such as {@code List-Unsubscribe}
     * @param attachments files sent along, such as a calendar invitation
     */
    record MailMessage(
            String to,
            String subject,
            String text,
            String html,
            Map<String, String> headers,
            List<Attachment> attachments) {

        public MailMessage {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        public MailMessage(String to, String subject, String text, String html, Map<String, String> headers) {
            this(to, subject, text, html, headers, List.of());
        }

        public MailMessage(String to, String subject, String text, String html) {
            this(to, subject, text, html, Map.of());
        }
    }

    /** A file sent with a mail, e.g. {@code session.ics} as {@code text/calendar}. */
    record Attachment(String filename, String contentType, byte[] content) {}
}
