package org.hros.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hros.shared.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs values that travel in links which must work without logging in (one-click unsubscribe), with HMAC-SHA256
 * under the platform's secret: {@code hros.secret} when set, otherwise a random key generated once and kept in
 * the database, so links stay valid across restarts and on every node.
 */
@Component
public class LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final String configured;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte[] key;

    LinkSigner(HrosProperties hrosProperties, JdbcClient jdbc, Clock clock) {
        this.configured = hrosProperties.secret();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The URL-safe signature of {@code value} for {@code purpose}; a signature for one purpose fits no other. */
    public String sign(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            byte[] digest = mac.doFinal((purpose + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is this platform's signature of {@code value} for {@code purpose}. */
    public boolean verify(String purpose, String value, String signature) {
        if (signature == null || signature.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            String secret = configured.isBlank() ? storedSecret() : configured;
            current = secret.getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }

    private String storedSecret() {
        jdbc.sql("insert into signing_secret (name, secret, created_at) values ('links', ?, ?) on conflict do nothing")
                .params(Secrets.newSecret(), java.sql.Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select secret from signing_secret where name = 'links'")
                .query(String.class)
                .single();
    }
}
