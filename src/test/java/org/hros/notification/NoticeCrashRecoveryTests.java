package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.support.ChildHros;
import org.hros.support.ChildHros.ChildSession;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across a real crash: HROS runs as a separate process with the demo community and mail going to
 * the test SMTP server. An editor returns a submission; the instant the return is acknowledged, the application
 * and its PostgreSQL are killed with SIGKILL, before or while the review-result listener runs. After a restart on
 * the same data the author has exactly one notice and exactly one e-mail about it: the registry republished the
 * event if it was incomplete, and a second delivery adds nothing.
 *
 * <p>Child output goes to {@code target/crash-tests/<run>/notice-*.log}.
 */
@Tag("crash")
class NoticeCrashRecoveryTests {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern QUEUED = Pattern.compile("href=\"/review/(\\d+)\"");
    private static final String SUBJECT = "An editor returned your case with notes";
    private static final List<String> AUTHORS = List.of("sam@example.org", "tomas@example.org");

    private final List<ChildHros> started = new ArrayList<>();

    @AfterEach
    void killEverythingStarted() {
        for (ChildHros child : started) {
            child.kill(true);
        }
    }

    @Test
    void aReviewResultAcknowledgedBeforeKillNineIsNoticedAndMailedExactlyOnceAfterTheRestart() throws Exception {
        Path runDir =
                Paths.get("target", "crash-tests", UUID.randomUUID().toString()).toAbsolutePath();
        Path dataDir = runDir.resolve("data");
        Files.createDirectories(runDir);

        ChildHros first = start(runDir, dataDir, "before");
        ChildSession editor = first.login("elena@example.org", "demo-editor-password");
        long caseId = awaitSubmission(editor);
        int mailsBefore = returnedMails(caseId).size();

        editor.post("/review/" + caseId + "/claim", "_csrf", editor.csrf("/review"));
        HttpResponse<String> returned = editor.post(
                "/review/" + caseId + "/return",
                "message",
                "Please add what the candidates said.",
                "_csrf",
                editor.csrf("/review/" + caseId));
        assertThat(returned.statusCode()).as("the return is acknowledged").isEqualTo(302);
        first.kill(true);
        log(
                "case %d returned; the application and its database were killed at once, %s",
                caseId,
                returnedMails(caseId).size() > mailsBefore
                        ? "after its mail was sent"
                        : "before its mail was sent (the restart must deliver it)");

        ChildHros second = start(runDir, dataDir, "after");
        List<MimeMessage> mails = awaitReturnedMails(caseId, mailsBefore + 1);
        assertThat(mails).as("mails about the return:\n" + allMails()).hasSize(mailsBefore + 1);

        int notices = 0;
        for (String author : AUTHORS) {
            String page = second.login(author, "demo-member-password").get("/notifications");
            notices += page.split(Pattern.quote(SUBJECT), -1).length - 1;
        }
        assertThat(notices).as("notices about the return, for its author").isEqualTo(1);
        // Everything the restart republished has been handled; nothing more is on its way.
        ChildSession again = second.login("elena@example.org", "demo-editor-password");
        again.get("/notifications");
        assertThat(returnedMails(caseId)).hasSize(mailsBefore + 1);
        second.kill(true);
    }

    private static long awaitSubmission(ChildSession editor) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = QUEUED.matcher(editor.get("/review"));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
            Thread.sleep(500);
        }
        return fail("The demo submissions never reached the review queue");
    }

    /** Mails about returning this case to its author, whatever address the base URL had. */
    private static List<MimeMessage> returnedMails(long caseId) {
        List<MimeMessage> found = new ArrayList<>();
        for (String author : AUTHORS) {
            for (MimeMessage mail : TestMail.to(author, 0)) {
                try {
                    String text = TestMail.text(mail);
                    if (SUBJECT.equals(mail.getSubject())
                            && text != null
                            && Pattern.compile("/my/cases/" + caseId + "\\s")
                                    .matcher(text)
                                    .find()) {
                        found.add(mail);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }

    private static String allMails() {
        StringBuilder all = new StringBuilder();
        for (String author : AUTHORS) {
            for (MimeMessage mail : TestMail.to(author, 0)) {
                try {
                    all.append(author).append(": ").append(mail.getSubject()).append('\n');
                    all.append(TestMail.text(mail)).append('\n');
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all.toString();
    }

    private static List<MimeMessage> awaitReturnedMails(long caseId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        List<MimeMessage> mails = returnedMails(caseId);
        while (mails.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            mails = returnedMails(caseId);
        }
        return mails;
    }

    private ChildHros start(Path runDir, Path dataDir, String name) throws Exception {
        ChildHros child = ChildHros.launch(
                "notice-" + name,
                dataDir,
                runDir,
                "--spring.profiles.active=demo",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.port(),
                "--hros.notifications.send-interval=2s");
        started.add(child);
        child.awaitReady(START_TIMEOUT);
        return child;
    }

    private static void log(String format, Object... args) {
        System.out.println("[crash] " + String.format(format, args));
    }
}
