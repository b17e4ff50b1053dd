package org.hros.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hros.platform.KeptForm;
import org.hros.platform.LinkSigner;
import org.hros.shared.Secrets;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms posted after their sender's session ended, held for a short while under a random token that only the
 * sender's browser knows (a cookie), so that they can be saved or sent again once the sender has logged in.
 *
 * <p>The forms live in PostgreSQL ({@code kept_form}), so a form kept by one node is collected on another and
 * survives a restart. The table holds the token's hash, never the token. Each member has at most
 * {@link #MAX_FORMS_PER_OWNER} forms and {@link #MAX_CHARS_PER_OWNER} characters kept (the oldest go first); a form
 * not collected within {@link #TTL} is ignored on reading and deleted by {@link KeptFormCleanup}. Passwords and CSRF
 * tokens are never kept.
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
    static final int MAX_FORMS_PER_OWNER = 5;
    static final long MAX_CHARS_PER_OWNER = 4_000_000L;

    private static final TypeReference<LinkedHashMap<String, List<String>>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final LinkSigner signer;

    public KeptForms(JdbcClient jdbc, Clock clock, LinkSigner signer) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
        this.clock = clock;
        this.signer = signer;
    }

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
        size += path.length();
        if (size > MAX_CHARS_PER_OWNER || path.length() > 2000) {
            return false;
        }
        String token = Secrets.newSecret();
        store(Secrets.sha256(token), owner, path, parameters, size);
        response.addHeader("Set-Cookie", cookie(request, COOKIE, token, TTL));
        return true;
    }

    /** Stores one form, then drops the owner's oldest ones beyond the bounds. */
    private void store(String keyHash, long owner, String path, Map<String, List<String>> fields, long size) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into kept_form (key_hash, owner_id, path, fields, chars, created_at)"
                        + " values (?, ?, ?, cast(? as json), ?, ?)")
                .params(keyHash, owner, path, json.writeValueAsString(fields), size, now)
                .update();
        jdbc.sql("delete from kept_form where key_hash in (select key_hash from (select key_hash,"
                        + " row_number() over newest_first as n, sum(chars) over newest_first as total"
                        + " from kept_form where owner_id = ?"
                        + " window newest_first as (order by created_at desc, key_hash)) f"
                        + " where n > ? or total > ?)")
                .params(owner, MAX_FORMS_PER_OWNER, MAX_CHARS_PER_OWNER)
                .update();
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
        Instant oldest = clock.instant().minus(TTL);
        return jdbc.sql("delete from kept_form where key_hash = ? returning owner_id, path, fields, created_at")
                .param(Secrets.sha256(token))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        new KeptForm(
                                rs.getString(2),
                                json.readValue(rs.getString(3), FIELDS),
                                rs.getTimestamp(4).toInstant())))
                .optional()
                .filter(row -> row.ownerId() == memberId && row.form().keptAt().isAfter(oldest))
                .map(Row::form);
    }

    /**
     * Deletes the forms nobody collected in time.
     *
     * @return how many were deleted
     */
    int forgetExpired() {
        return jdbc.sql("delete from kept_form where created_at <= ?")
                .param(Timestamp.from(clock.instant().minus(TTL)))
                .update();
    }

    private record Row(long ownerId, KeptForm form) {}

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

    /** CSRF tokens are stale by definition; secrets are never stored for later. */
    private static boolean worthKeeping(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.equals("_csrf") && !lower.contains("password");
    }
}
