package org.hros.digest.domain;

import java.util.Optional;
import org.hros.platform.LinkSigner;
import org.springframework.stereotype.Component;

/**
 * The one-click link that turns a member's digest off. It works without logging in, so it names the member and is
 * signed with the platform's secret: it cannot be made for anyone else. It does not expire (a mail may be read
 * long after), and all it can do is stop the digest.
 */
@Component
public class DigestUnsubscribeLinks {

    static final String PATH = "/digest/unsubscribe/";
    private static final String PURPOSE = "digest-unsubscribe";

    private final LinkSigner signer;

    DigestUnsubscribeLinks(LinkSigner signer) {
        this.signer = signer;
    }

    /** The link's path, e.g. {@code /digest/unsubscribe/12.signature}. */
    public String path(long memberId) {
        String value = String.valueOf(memberId);
        return PATH + value + "." + signer.sign(PURPOSE, value);
    }

    /** The member a token turns the digest off for, if this platform signed it. */
    public Optional<Long> read(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !signer.verify(PURPOSE, parts[0], parts[1])) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[0]));
    }
}
