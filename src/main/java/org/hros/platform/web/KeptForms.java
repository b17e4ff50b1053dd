package org.hros.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hros.platform.KeptForm;
import org.hros.platform.LinkSigner;
import org.hros.shared.Secrets;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Forms posted after their sender's session ended, held for a short while under a random token that only the
 * sender's browser knows (a cookie), so that they can be saved or sent again once the sender has logged in.
 *
 * <p>The store lives in memory: it is bounded in count and in characters, and a form not collected within
 * {@link #TTL} is forgotten. Passwords and CSRF tokens are never kept.
 */
@Component
public class KeptForms {

    /** The cookie that carries the token of the sender's kept form. */
    public static final String COOKIE = "hros-kept";

    /**
     * The cookie that tells, signed, which member last used this browser: a form kept after the session ended is
     * given back to that member only, never to someone else who logs in on the same computer.
     */
    public static final String OWNER_COOKIE = "hros-owner";

    private static final String OWNER_PURPOSE = "kept-form-owner";
    private static final Duration OWNER_TTL = Duration.ofDays(30);

    static final Duration TTL = Duration.ofMinutes(30);
    static final int MAX_FORMS = 500;
    static final long MAX_CHARS = 40_000_000L;

    /**
     * The kept forms, by token: forgotten {@link #TTL} after they were kept, and bounded by their characters (at
     * most {@link #MAX_CHARS}) and their number (each weighs at least {@code MAX_CHARS / MAX_FORMS}, so at most
     * {@link #MAX_FORMS}). Time is read from the application's clock, which tests move.
     */
    private final Cache<String, Entry> forms;

    private final Clock clock;
    private final LinkSigner signer;

    public KeptForms(Clock clock, LinkSigner signer) {
        this.clock = clock;
        this.signer = signer;
        this.forms = Caffeine.newBuilder()
                .expireAfterWrite(TTL)
                .maximumWeight(MAX_CHARS)
                .weigher((String token, Entry entry) -> (int) Math.max(entry.chars(), MAX_CHARS / MAX_FORMS))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    private record Entry(KeptForm form, long chars, long ownerId) {}

    /** Marks this browser as {@code memberId}'s, unless it already is. */
    public void rememberOwner(HttpServletRequest request, HttpServletResponse response, long memberId) {
        String value = memberId + "." + signer.sign(OWNER_PURPOSE, String.valueOf(memberId));
        if (!value.equals(cookie(request, OWNER_COOKIE))) {
            response.addHeader("Set-Cookie", cookie(request, OWNER_COOKIE, value, OWNER_TTL));
        }
    }

    /** The member this browser was last used by, or {@code null} when it does not say (or lies). */
    private Long owner(HttpServletRequest request) {
        String value = cookie(request, OWNER_COOKIE);
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String id = value.substring(0, dot);
        if (!id.chars().allMatch(Character::isDigit) || id.length() > 18) {
            return null;
        }
        return signer.verify(OWNER_PURPOSE, id, value.substring(dot + 1)) ? Long.valueOf(id) : null;
    }

    /**
     * Keeps what {@code request} posted and gives the sender's browser the cookie to collect it with.
     *
     * @return false, keeping nothing, when the browser does not say which member used it last
     */
    public boolean keep(HttpServletRequest request, HttpServletResponse response) {
        Long owner = owner(request);
        if (owner == null) {
            return false;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        long size = 0;
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (!worthKeeping(field.getKey())) {
                continue;
            }
            List<String> values = List.of(field.getValue());
            parameters.put(field.getKey(), values);
            size += field.getKey().length();
            for (String value : values) {
                size += value.length();
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String token = Secrets.newSecret();
        forms.put(token, new Entry(new KeptForm(path, parameters, clock.instant()), size, owner));
        response.addHeader("Set-Cookie", cookie(request, COOKIE, token, TTL));
        return true;
    }

    /**
     * The form kept for this browser, taken out of the store (it is collected once), if it was sent by
     * {@code memberId}; the cookie is cleared either way.
     */
    public Optional<KeptForm> collect(HttpServletRequest request, HttpServletResponse response, long memberId) {
        String token = token(request);
        if (token == null) {
            return Optional.empty();
        }
        response.addHeader("Set-Cookie", cookie(request, COOKIE, "", Duration.ZERO));
        Entry entry = forms.asMap().remove(token);
        return entry != null && entry.ownerId() == memberId ? Optional.of(entry.form()) : Optional.empty();
    }

    private static String cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build()
                .toString();
    }

    /** Whether this browser has a form waiting (it may have expired since). */
    public static boolean waiting(HttpServletRequest request) {
        return token(request) != null;
    }

    private static String token(HttpServletRequest request) {
        return cookie(request, COOKIE);
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** CSRF tokens are stale by definition; secrets are never held in memory for later. */
    private static boolean worthKeeping(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.equals("_csrf") && !lower.contains("password");
    }
}
