package org.hros.notification.domain;

import java.util.Optional;
import org.hros.notification.NoticeCategory;
import org.hros.platform.LinkSigner;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe links in notice e-mails. They work without logging in, so the token names the
 * member and what to stop, signed with the platform's secret: it cannot be forged for another member or another
 * category. It does not expire, as a mail may be read long after it was sent; all it can do is stop e-mails.
 */
@Component
public class UnsubscribeLinks {

    static final String PATH = "/notifications/unsubscribe/";
    private static final String PURPOSE = "notification-unsubscribe";

    private final LinkSigner signer;

    UnsubscribeLinks(LinkSigner signer) {
        this.signer = signer;
    }

    /** The link's path, e.g. {@code /notifications/unsubscribe/12.COMMENTS.signature}. */
    public String path(Unsubscription what) {
        String value = what.memberId() + "." + what.scope();
        return PATH + value + "." + signer.sign(PURPOSE, value);
    }

    /** What a token stops, if it is one this platform signed. */
    public Optional<Unsubscription> read(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !signer.verify(PURPOSE, parts[0] + "." + parts[1], parts[2])) {
            return Optional.empty();
        }
        try {
            long memberId = Long.parseLong(parts[0]);
            NoticeCategory category = "DIGEST".equals(parts[1]) ? null : NoticeCategory.valueOf(parts[1]);
            return Optional.of(new Unsubscription(memberId, category));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
