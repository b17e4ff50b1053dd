package org.hros.platform;

/** Sends e-mail to one person. Implementations never throw for delivery problems they can retry. */
public interface Mailer {

    void send(MailMessage message);

    /**
     * One e-mail with a plain-text body and an optional HTML alternative.
     *
     * @param to the recipient's address
     * @param subject the subject line
     * @param text the plain-text body
     * @param html the HTML body, or {@code null} for text only
     */
    record MailMessage(String to, String subject, String text, String html) {}
}
