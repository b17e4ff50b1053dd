package org.hros.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * Persistent remember-me tokens that survive a browser opening several tabs at once. Each use still replaces the
 * token, but the token it replaced stays good for a short grace period, so requests that left with it before the
 * new cookie arrived are signed in too, without replacing it again. A token used after that is a copy in someone
 * else's hands: every token and every session of the member is ended ({@link CookieTheftException}, answered by
 * {@link RememberMeTheftFilter} with the log-in page).
 */
class RotatingRememberMeServices extends PersistentTokenBasedRememberMeServices {

    static final Duration GRACE = Duration.ofSeconds(30);

    private final PersistentTokenRepository tokens;
    private final SessionRevocations revocations;
    private final Clock clock;
    private final Map<String, Rotation> rotations = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    RotatingRememberMeServices(
            String key,
            UserDetailsService members,
            PersistentTokenRepository tokens,
            SessionRevocations revocations,
            Clock clock) {
        super(key, members, tokens);
        this.tokens = tokens;
        this.revocations = revocations;
        this.clock = clock;
        // The cookie rides along on top-level navigation from elsewhere, never on cross-site form posts.
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        if (cookieTokens.length != 2) {
            throw new InvalidCookieException("The remember-me cookie has the wrong shape");
        }
        String series = cookieTokens[0];
        String presented = cookieTokens[1];
        ReentrantLock lock = locks.computeIfAbsent(series, s -> new ReentrantLock());
        lock.lock();
        try {
            PersistentRememberMeToken token = tokens.getTokenForSeries(series);
            if (token == null) {
                throw new RememberMeAuthenticationException("No remember-me token for this series");
            }
            Instant now = clock.instant();
            if (!presented.equals(token.getTokenValue())) {
                Rotation last = rotations.get(series);
                if (last != null
                        && last.replaced().equals(presented)
                        && now.isBefore(last.at().plus(GRACE))) {
                    // A request that left before the new cookie arrived: the new one is already on its way.
                    return getUserDetailsService().loadUserByUsername(token.getUsername());
                }
                tokens.removeUserTokens(token.getUsername());
                revocations.revokeAll(token.getUsername());
                rotations.remove(series);
                throw new CookieTheftException("A remember-me token was used twice");
            }
            if (token.getDate()
                    .toInstant()
                    .plusSeconds(getTokenValiditySeconds())
                    .isBefore(now)) {
                throw new RememberMeAuthenticationException("The remember-me token has expired");
            }
            String next = generateTokenData();
            tokens.updateToken(series, next, Date.from(now));
            rotations.put(series, new Rotation(presented, now));
            forgetOldRotations(now);
            setCookie(new String[] {series, next}, getTokenValiditySeconds(), request, response);
            return getUserDetailsService().loadUserByUsername(token.getUsername());
        } finally {
            lock.unlock();
        }
    }

    private void forgetOldRotations(Instant now) {
        if (rotations.size() > 10_000) {
            rotations.values().removeIf(r -> r.at().plus(GRACE).isBefore(now));
            locks.keySet().retainAll(rotations.keySet());
        }
    }

    private record Rotation(String replaced, Instant at) {}
}
