package org.hros.support;

import java.io.IOException;
import java.net.ServerSocket;
import org.hros.platform.Mailer;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Takes the mail server away while a test needs it gone: during an outage every mail is sent over SMTP to a port
 * where nothing listens, and fails as it would in production. Otherwise it is the application's own mailer.
 */
public final class MailOutage implements Mailer {

    private final Mailer real;
    private volatile JavaMailSenderImpl unreachable;

    MailOutage(Mailer real) {
        this.real = real;
    }

    /** From now on, no mail gets through. */
    public void begin() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort());
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        unreachable = sender;
    }

    public void end() {
        unreachable = null;
    }

    @Override
    public boolean delivers() {
        return real.delivers();
    }

    @Override
    public void send(MailMessage message) {
        JavaMailSenderImpl down = unreachable;
        if (down == null) {
            real.send(message);
            return;
        }
        org.springframework.mail.SimpleMailMessage mail = new org.springframework.mail.SimpleMailMessage();
        mail.setFrom("no-reply@hros.local");
        mail.setTo(message.to());
        mail.setSubject(message.subject());
        mail.setText(message.text());
        down.send(mail);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
