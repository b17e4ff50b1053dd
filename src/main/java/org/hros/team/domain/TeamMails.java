package org.hros.team.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.notification.MailChoices;
import org.hros.notification.NoticeCategory;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer.MailMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the reminder and weekly summary mails. They go only to members of the team, name nothing from outside it,
 * and carry the one-click unsubscribe link of the team training category in the body and the
 * {@code List-Unsubscribe} headers (RFC 8058), like every notice e-mail.
 */
@Component
class TeamMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;
    private final MailChoices choices;
    private final String baseUrl;

    TeamMails(MessageSource messages, MailChoices choices, HrosProperties hrosProperties) {
        this.messages = messages;
        this.choices = choices;
        this.baseUrl = hrosProperties.baseUrl();
    }

    MailMessage reminder(
            String to, long memberId, String teamName, long teamId, String track, LocalDate dueOn, int stepsLeft) {
        String subject = t("team.mail.reminder.subject", track, DATE.format(dueOn));
        String body = t(
                "team.mail.reminder.text",
                teamName,
                track,
                DATE.format(dueOn),
                stepsLeft,
                baseUrl + "/teams/" + teamId);
        return withFooter(to, memberId, subject, body);
    }

    MailMessage summary(String to, long memberId, String teamName, long teamId, List<String> lines) {
        String subject = t("team.mail.summary.subject", teamName);
        StringBuilder body = new StringBuilder(t("team.mail.summary.intro", teamName)).append("\n\n");
        lines.forEach(line -> body.append("- ").append(line).append("\n"));
        body.append("\n").append(t("team.mail.summary.dashboard", baseUrl + "/teams/" + teamId + "/dashboard"));
        return withFooter(to, memberId, subject, body.toString());
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private MailMessage withFooter(String to, long memberId, String subject, String body) {
        String unsubscribe = choices.unsubscribeUrl(memberId, NoticeCategory.TEAM_TRAINING);
        String text = body + "\n\n-- \n" + t("team.mail.why") + "\n" + t("team.mail.settings") + " " + baseUrl
                + "/settings/notifications\n" + t("team.mail.unsubscribe") + " " + unsubscribe + "\n";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new MailMessage(to, subject, text, null, headers);
    }
}
