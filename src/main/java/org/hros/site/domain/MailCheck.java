package org.hros.site.domain;

import java.util.Locale;
import org.hros.platform.Mailer;
import org.hros.platform.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends a test e-mail to an admin, at once and through the same mailer as every other mail, and says whether the
 * mail server accepted it. Why it did not is logged for the operator; the page never shows a server's words.
 */
@Component
public class MailCheck {

    private static final Logger log = LoggerFactory.getLogger(MailCheck.class);

    /** What became of the test mail. */
    public enum Result {
        ACCEPTED,
        NOT_CONFIGURED,
        REFUSED;

        public String messageKey() {
            return "settings.testMail." + name();
        }
    }

    private final Mailer mailer;
    private final RateLimits limits;
    private final MessageSource messages;
    private final SettingsStore store;

    MailCheck(Mailer mailer, RateLimits limits, MessageSource messages, SettingsStore store) {
        this.mailer = mailer;
        this.limits = limits;
        this.messages = messages;
        this.store = store;
    }

    /**
     * @throws org.hros.platform.RateLimitExceededException past the allowance for mails (counted per admin)
     */
    public Result sendTo(long adminId, String address) {
        if (!mailer.delivers()) {
            return Result.NOT_CONFIGURED;
        }
        limits.consume(RateLimits.Action.MAIL, "settings-test:" + adminId);
        String community = store.load().communityName();
        Locale locale = Locale.ENGLISH;
        try {
            mailer.send(new Mailer.MailMessage(
                    address,
                    messages.getMessage("mail.test.subject", new Object[] {community}, locale),
                    messages.getMessage("mail.test.text", new Object[] {community}, locale),
                    null));
            return Result.ACCEPTED;
        } catch (RuntimeException e) {
            log.warn("The mail server did not accept the test e-mail: {}", e.toString());
            return Result.REFUSED;
        }
    }
}
