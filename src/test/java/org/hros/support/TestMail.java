package org.hros.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One real SMTP server (GreenMail) for the whole test run. */
public final class TestMail {

    private static final GreenMail SERVER = start();

    private TestMail() {}

    private static GreenMail start() {
        // A free port rather than 3025, so that several test runs can share a machine.
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static GreenMail server() {
        return SERVER;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Waits for mail to {@code address} and returns it, newest last. */
    public static List<MimeMessage> to(String address, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            List<MimeMessage> mine = Arrays.stream(SERVER.getReceivedMessages())
                    .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(address))
                    .toList();
            if (mine.size() >= atLeast || System.nanoTime() > deadline) {
                return mine;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mine;
            }
        }
    }

    /** The first link in the newest mail to {@code address} whose path starts with {@code path}. */
    public static String link(String address, String path) {
        List<MimeMessage> mails = to(address, 1);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail arrived for " + address);
        }
        MimeMessage newest = mails.get(mails.size() - 1);
        String body = text(newest) != null ? text(newest) : GreenMailUtil.getBody(newest);
        Matcher m = Pattern.compile("https?://[^\\s]+(" + Pattern.quote(path) + "[^\\s]*)")
                .matcher(body);
        if (!m.find()) {
            throw new AssertionError("No link to " + path + " in: " + body);
        }
        return m.group(1);
    }

    private static jakarta.mail.Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a mail, decoded (for a text-only mail, its body). */
    public static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    /** The HTML part of a mail, decoded, or {@code null} if it has none. */
    public static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(jakarta.mail.Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
