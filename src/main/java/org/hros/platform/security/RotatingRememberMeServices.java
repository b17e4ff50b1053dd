package org.hros.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Persistent remember-me tokens that survive a browser opening several tabs at once. Each use still replaces the
 * token, but the token it replaced stays good for a short grace period, so requests that left with it before the
 * new cookie arrived are signed in too, without replacing it again. A token used after that is a copy in someone
 * else's hands: every token and every session of the member is ended ({@link CookieTheftException}, answered by
 * {@link RememberMeTheftFilter} with the log-in page).
 *
 * <p>The series is read under its row lock and the replaced token is kept on its row, so that the tabs' requests
 * are taken one after the other and the grace period holds whichever node each of them reaches.
 */
class RotatingRememberMeServices extends PersistentTokenBasedRememberMeServices {

    static final Duration GRACE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SessionRevocations revocations;
    private final Clock clock;

    RotatingRememberMeServices(
            String key,
            UserDetailsService members,
            PersistentTokenRepository tokens,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            SessionRevocations revocations,
            Clock clock) {
        super(key, members, tokens);
        this.jdbc = jdbc;
        this.transaction = transaction;
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
        Outcome outcome = transaction.execute(status -> use(series, presented));
        if (outcome.stolenFrom() != null) {
            // After the transaction: the member's tokens are gone for good, whatever the caller does next.
            revocations.revokeAll(outcome.stolenFrom());
            throw new CookieTheftException("A remember-me token was used twice");
        }
        if (outcome.next() != null) {
            setCookie(new String[] {series, outcome.next()}, getTokenValiditySeconds(), request, response);
        }
        return getUserDetailsService().loadUserByUsername(outcome.username());
    }

    /** Checks and replaces the presented token under the series' row lock. */
    private Outcome use(String series, String presented) {
        Series token = jdbc.sql("select username, token, last_used, replaced_token, replaced_at"
                        + " from persistent_logins where series = ? for update")
                .param(series)
                .query((rs, n) -> new Series(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        Optional.ofNullable(rs.getTimestamp(5))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .optional()
                .orElseThrow(() -> new RememberMeAuthenticationException("No remember-me token for this series"));
        Instant now = clock.instant();
        if (!presented.equals(token.token())) {
            if (presented.equals(token.replacedToken())
                    && token.replacedAt() != null
                    && now.isBefore(token.replacedAt().plus(GRACE))) {
                // A request that left before the new cookie arrived: the new one is already on its way.
                return new Outcome(token.username(), null, null);
            }
            jdbc.sql("delete from persistent_logins where username = ?")
                    .param(token.username())
                    .update();
            return new Outcome(token.username(), null, token.username());
        }
        if (token.lastUsed().plusSeconds(getTokenValiditySeconds()).isBefore(now)) {
            throw new RememberMeAuthenticationException("The remember-me token has expired");
        }
        String next = generateTokenData();
        jdbc.sql("update persistent_logins set token = ?, last_used = ?, replaced_token = ?, replaced_at = ?"
                        + " where series = ?")
                .params(next, Timestamp.from(now), presented, Timestamp.from(now), series)
                .update();
        return new Outcome(token.username(), next, null);
    }

    private record Series(String username, String token, Instant lastUsed, String replacedToken, Instant replacedAt) {}

    /** Who the series belongs to, the token that replaced the presented one, or whose tokens were stolen. */
    private record Outcome(String username, String next, String stolenFrom) {}
}
