package org.hros.notification;

import java.util.Locale;
import org.hros.casestudy.CaseDeclined;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseReturned;
import org.hros.member.MemberDirectory;
import org.hros.platform.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails an author about the review of their case, and about the decision of the approver they named at
 * their employer. The mail goes to the author alone.
 */
@Component
class AuthorNotices {

    private final MemberDirectory members;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    AuthorNotices(
            MemberDirectory members,
            Mailer mailer,
            MessageSource messages,
            @Value("${hros.base-url:http://localhost:8080}") String baseUrl) {
        this.members = members;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(CaseReturned event) {
        notify(event.authorId(), "mail.returned", baseUrl + "/my/cases/" + event.caseId());
    }

    @ApplicationModuleListener
    void on(CaseDeclined event) {
        notify(event.authorId(), "mail.declined", baseUrl + "/my/cases/" + event.caseId());
    }

    @ApplicationModuleListener
    void on(CasePublished event) {
        if (!event.imported()) {
            notify(event.authorId(), "mail.published", baseUrl + "/cases/" + event.caseId());
        }
    }

    private void notify(long authorId, String key, String link) {
        members.contactAddress(authorId).ifPresent(address -> {
            String name = members.find(authorId).map(c -> c.displayName()).orElse("");
            mailer.send(new Mailer.MailMessage(
                    address,
                    messages.getMessage(key + ".subject", null, Locale.ENGLISH),
                    messages.getMessage(key + ".text", new Object[] {name, link}, Locale.ENGLISH),
                    null));
        });
    }
}
