package org.hros.safety;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Scans e-mails as received by the SMTP server: raw (headers and encoded body) and decoded (headers and
 * every text part). A canary may read their own mail; everyone else's must carry none of their strings.
 */
final class MailCheck {

    private MailCheck() {}

    /** Scans every message and returns how many were checked. */
    static int scanAll(MimeMessage[] messages, List<Canary> canaries, LeakScanner scanner) {
        for (MimeMessage message : messages) {
            List<String> recipients = recipients(message);
            List<Canary> own = canaries.stream()
                    .filter(c -> recipients.contains(c.email().toLowerCase(Locale.ROOT)))
                    .toList();
            String where = "mail to " + recipients + " \"" + subject(message) + "\"";
            scanner.scan(where + " [raw]", GreenMailUtil.getWholeMessage(message), own);
            scanner.scan(where + " [decoded]", decoded(message), own);
        }
        return messages.length;
    }

    static List<String> recipients(MimeMessage message) {
        List<String> recipients = new ArrayList<>();
        try {
            Address[] all = message.getAllRecipients();
            if (all != null) {
                for (Address address : all) {
                    String plain =
                            address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
                    recipients.add(plain.toLowerCase(Locale.ROOT));
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return recipients;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static String decoded(MimeMessage message) {
        StringBuilder text = new StringBuilder();
        try {
            Enumeration<Header> headers = message.getAllHeaders();
            while (headers.hasMoreElements()) {
                Header header = headers.nextElement();
                text.append(header.getName())
                        .append(": ")
                        .append(decodeHeader(header.getValue()))
                        .append('\n');
            }
            appendText(message, text);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void appendText(Part part, StringBuilder text) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                appendText(multipart.getBodyPart(i), text);
            }
        } else if (content instanceof String s) {
            text.append(s).append('\n');
        }
    }

    private static String decodeHeader(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }
}
