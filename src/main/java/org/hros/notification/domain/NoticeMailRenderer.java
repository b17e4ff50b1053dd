package org.hros.notification.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.notification.NoticeCategory;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer.MailMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes one notice e-mail, in plain text and HTML, from the notices it carries and nothing else: the text was
 * made from the event alone. Every mail carries its one-click unsubscribe link, in the body and in the
 * {@code List-Unsubscribe} headers (RFC 8058).
 */
@Component
class NoticeMailRenderer {

    private final MessageSource messages;
    private final UnsubscribeLinks unsubscribeLinks;
    private final String baseUrl;

    NoticeMailRenderer(MessageSource messages, UnsubscribeLinks unsubscribeLinks, HrosProperties hrosProperties) {
        this.messages = messages;
        this.unsubscribeLinks = unsubscribeLinks;
        this.baseUrl = hrosProperties.baseUrl();
    }

    /** @param category the mail's category, or {@code null} for the daily digest */
    MailMessage render(String address, long memberId, NoticeCategory category, List<MailItem> items) {
        boolean digest = category == null;
        String subject;
        String intro;
        if (digest) {
            subject = t("notice.mail.digest.subject", items.size());
            intro = t("notice.mail.digest.intro");
        } else if (items.size() == 1) {
            subject = items.get(0).text();
            intro = null;
        } else {
            subject = t("notice.mail.many.subject", items.size(), label(category));
            intro = t("notice.mail.many.intro", label(category));
        }
        String unsubscribe = baseUrl + unsubscribeLinks.path(new Unsubscription(memberId, category));
        String settings = baseUrl + "/settings/notifications";
        String why = digest ? t("notice.mail.why.digest") : t("notice.mail.why", label(category));

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n");
        if (intro != null) {
            text.append(intro).append("\n\n");
            html.append("<p>").append(escape(intro)).append("</p>\n");
        }
        html.append("<ul>\n");
        for (MailItem item : items) {
            String line = digest ? label(item.category()) + ": " + item.text() : item.text();
            String url = baseUrl + item.link();
            text.append(line).append("\n").append(url).append("\n\n");
            html.append("<li><a href=\"")
                    .append(escape(url))
                    .append("\">")
                    .append(escape(line))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n");
        text.append("-- \n")
                .append(why)
                .append("\n")
                .append(t("notice.mail.settings"))
                .append(" ")
                .append(settings)
                .append("\n")
                .append(t("notice.mail.unsubscribe"))
                .append(" ")
                .append(unsubscribe)
                .append("\n");
        html.append("<hr>\n<p>")
                .append(escape(why))
                .append("</p>\n<p><a href=\"")
                .append(escape(settings))
                .append("\">")
                .append(escape(t("notice.mail.settings")))
                .append("</a></p>\n<p><a href=\"")
                .append(escape(unsubscribe))
                .append("\">")
                .append(escape(t("notice.mail.unsubscribe")))
                .append("</a></p>\n</body>\n</html>\n");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new MailMessage(address, subject, text.toString(), html.toString(), headers);
    }

    private String label(NoticeCategory category) {
        return t("notice.category." + category.name());
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s);
    }

    /** One notice in a mail. */
    record MailItem(NoticeCategory category, String text, String link) {}
}
