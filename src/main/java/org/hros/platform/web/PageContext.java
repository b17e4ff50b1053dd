package org.hros.platform.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hros.platform.SignedInMember;
import org.hros.platform.SiteIdentity;
import org.hros.shared.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Handed to every page as {@code ctx}: the signed-in member (or none), the CSRF token for forms, the current
 * path for navigation, and the message bundle, so templates carry no user-facing text of their own.
 */
public final class PageContext {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");

    private final SignedInMember member;
    private final CsrfToken csrf;
    private final String path;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, ?> flash;
    private final Set<String> queryParameters;
    private final String baseUrl;
    private final java.util.function.LongPredicate mayPost;
    private final java.util.function.LongPredicate awaitingApproval;
    private final java.util.function.Supplier<SiteIdentity.Identity> site;
    private Boolean mayPostNow;
    private SiteIdentity.Identity identity;

    PageContext(
            SignedInMember member,
            CsrfToken csrf,
            String path,
            MessageSource messages,
            Locale locale,
            Map<String, ?> flash,
            Set<String> queryParameters,
            String baseUrl,
            java.util.function.LongPredicate mayPost,
            java.util.function.LongPredicate awaitingApproval,
            java.util.function.Supplier<SiteIdentity.Identity> site) {
        this.mayPost = mayPost;
        this.awaitingApproval = awaitingApproval;
        this.site = site;
        this.member = member;
        this.csrf = csrf;
        this.path = path;
        this.messages = messages;
        this.locale = locale;
        this.flash = flash;
        this.queryParameters = queryParameters;
        this.baseUrl = baseUrl;
    }

    /** A path as a full address on this site ({@code hros.base-url}), for canonical links and link previews. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    /** The confirmation left by the previous step (a message key), or {@code null}. */
    public String flash() {
        Object key = flash.get("flash");
        return key == null ? null : t(key.toString());
    }

    /** A problem reported by the previous step (a message key), or {@code null}. */
    public String problem() {
        Object key = flash.get("problem");
        return key == null ? null : t(key.toString());
    }

    /** Whether the address carries this query parameter, as in {@code /login?error}. */
    public boolean hasParam(String name) {
        return queryParameters.contains(name);
    }

    /** A date as readers expect it: "12 March 2026". */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.withLocale(locale).format(instant.atZone(ZoneOffset.UTC));
    }

    /** A time of day to the minute, in UTC: "14:05 UTC". */
    public String time(Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("HH:mm 'UTC'", locale)
                        .format(instant.atZone(ZoneOffset.UTC));
    }

    /** A moment to the minute, in UTC: "12 March 2026, 14:05 UTC". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withLocale(locale).format(instant.atZone(ZoneOffset.UTC));
    }

    public boolean isAdmin() {
        return member != null && member.isAdmin();
    }

    /** A moment for {@code <time datetime>}. */
    public String isoDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** A date for {@code <time datetime>}. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    public boolean signedIn() {
        return member != null;
    }

    public SignedInMember member() {
        return member;
    }

    /**
     * False when the member signed in was silenced by an admin: pages show why instead of a form to post. Asked of
     * the member module once per page, only by pages with such a form.
     */
    public boolean mayPost() {
        if (member == null) {
            return true;
        }
        if (mayPostNow == null) {
            mayPostNow = mayPost.test(member.id());
        }
        return mayPostNow;
    }

    /** True when the member signed in waits for their account to be approved: they read, but do not post yet. */
    public boolean awaitingApproval() {
        return member != null && !mayPost() && awaitingApproval.test(member.id());
    }

    /** The community's name, as its admins set it. */
    public String siteName() {
        return site().name();
    }

    public String siteTagline() {
        return site().tagline();
    }

    /** The logo's image address, or {@code null} when the community has none. */
    public String siteLogo() {
        return site().logo();
    }

    /** The address to write to the community's team, or blank when none is set. */
    public String contactAddress() {
        return site().contactAddress();
    }

    /** The welcome text for newcomers and visitors, as sanitised HTML. */
    public String welcomeHtml() {
        return site().welcomeHtml();
    }

    /**
     * The settings in force, read once per page. Without them (no settings module, or the database not answering
     * on an outage page) the configured messages stand in, so every page still renders.
     */
    private SiteIdentity.Identity site() {
        if (identity == null) {
            SiteIdentity.Identity found = null;
            try {
                found = site == null ? null : site.get();
            } catch (RuntimeException e) {
                found = null;
            }
            identity =
                    found != null ? found : new SiteIdentity.Identity(t("site.name"), t("site.tagline"), null, "", "");
        }
        return identity;
    }

    public boolean isEditor() {
        return member != null && member.isEditor();
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public String path() {
        return path;
    }

    /** True when the current page is {@code prefix} or below it, for marking the active navigation link. */
    public boolean isAt(String prefix) {
        return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String label(Vocabulary word) {
        return word == null ? "" : t(word.messageKey());
    }

    /** A word as a form offers it: its label, marked as retired when an item keeps a word no longer offered. */
    public String offeredLabel(Vocabulary word) {
        if (word == null) {
            return "";
        }
        return Vocabulary.isActive(word) ? label(word) : t("word.retired.mark", label(word));
    }

    public Locale locale() {
        return locale;
    }
}
