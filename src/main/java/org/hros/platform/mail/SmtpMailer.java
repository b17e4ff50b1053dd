package org.hros.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer;
import org.hros.platform.Mailer.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mail over SMTP when {@code spring.mail.host} is set. Without a mail server (a newcomer's laptop) the
 * mail is written to the log instead, without the recipient's address, so links such as e-mail verification
 * still work in development. Plain text with an optional HTML alternative, and extra headers such as
 * {@code List-Unsubscribe}. A failed delivery throws Spring's {@code MailException}.
 */
@Component
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final boolean configured;

    SmtpMailer(
            ObjectProvider<JavaMailSender> sender,
            HrosProperties hrosProperties,
            @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.from = hrosProperties.mail().from();
        this.configured = !host.isBlank();
    }

    @Override
    public boolean delivers() {
        return configured && sender.getIfAvailable() != null;
    }

    @Override
    public void send(MailMessage message) {
        JavaMailSender smtp = configured ? sender.getIfAvailable() : null;
        if (smtp == null) {
            log.info("No mail server configured; mail not sent. Subject: {}\n{}", message.subject(), message.text());
            return;
        }
        try {
            MimeMessage mime = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(
                    mime, message.html() != null || !message.attachments().isEmpty(), StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            if (message.html() != null) {
                helper.setText(message.text(), message.html());
            } else {
                helper.setText(message.text());
            }
            for (Attachment file : message.attachments()) {
                helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
            }
            for (var header : message.headers().entrySet()) {
                mime.setHeader(header.getKey(), header.getValue());
            }
            smtp.send(mime);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build mail", e);
        }
    }
}
