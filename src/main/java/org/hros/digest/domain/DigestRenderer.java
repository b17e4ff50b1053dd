package org.hros.digest.domain;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hros.digest.DigestItem;
import org.hros.digest.DigestPart;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer.MailMessage;
import org.springframework.stereotype.Component;

/**
 * Writes a digest as its e-mail, in HTML (the {@code digest/mail.jte} template, whose sections are
 * {@code digest/sections.jte}) and plain text, with the one-click unsubscribe link in the body and in the
 * {@code List-Unsubscribe} headers (RFC 8058). The preview page shows the very same sections template.
 */
@Component
public class DigestRenderer {

    private final TemplateEngine templates;
    private final DigestWords words;
    private final DigestUnsubscribeLinks unsubscribeLinks;
    private final String baseUrl;

    DigestRenderer(
            TemplateEngine templates,
            DigestWords words,
            DigestUnsubscribeLinks unsubscribeLinks,
            HrosProperties hrosProperties) {
        this.templates = templates;
        this.words = words;
        this.unsubscribeLinks = unsubscribeLinks;
        this.baseUrl = hrosProperties.baseUrl();
    }

    /** The sections as HTML, exactly as the mail shows them. */
    public String sectionsHtml(Digest digest) {
        return render("digest/sections.jte", digest);
    }

    /** The mail's subject, bodies and headers; the address is put in when it is sent. */
    RenderedDigest mail(Digest digest) {
        return new RenderedDigest(
                words.t("digest.mail.subject", digest.itemCount()), text(digest), render("digest/mail.jte", digest));
    }

    MailMessage message(String address, long memberId, RenderedDigest rendered) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl(memberId) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new MailMessage(address, rendered.subject(), rendered.text(), rendered.html(), headers);
    }

    private String render(String template, Digest digest) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ctx", words);
        params.put("digest", digest);
        params.put("links", links(digest.memberId()));
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    private String text(Digest digest) {
        DigestLinks links = links(digest.memberId());
        StringBuilder text = new StringBuilder(words.t("digest.mail.intro", words.day(digest.since(), digest.zone())))
                .append("\n\n");
        for (DigestPart part : digest.parts()) {
            text.append(part.title()).append("\n\n");
            for (DigestItem item : part.items()) {
                text.append("* ").append(item.title()).append("\n  ");
                if (!item.summary().isEmpty()) {
                    text.append(item.summary()).append("\n  ");
                }
                text.append(links.url(item.path())).append("\n\n");
            }
        }
        return text.append("-- \n")
                .append(words.t("digest.mail.why"))
                .append("\n")
                .append(words.t("digest.mail.preview"))
                .append(" ")
                .append(links.preview())
                .append("\n")
                .append(words.t("digest.mail.settings"))
                .append(" ")
                .append(links.settings())
                .append("\n")
                .append(words.t("digest.mail.unsubscribe"))
                .append(" ")
                .append(links.unsubscribe())
                .append("\n")
                .toString();
    }

    private DigestLinks links(long memberId) {
        return new DigestLinks(baseUrl, unsubscribeUrl(memberId));
    }

    private String unsubscribeUrl(long memberId) {
        return baseUrl + unsubscribeLinks.path(memberId);
    }

    /** A digest mail as stored in the outbox. */
    record RenderedDigest(String subject, String text, String html) {}
}
