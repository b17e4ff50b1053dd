package org.hros.track.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.hros.shared.Secrets;
import org.hros.track.domain.TrackViews.ShownAs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Completion certificates behind unguessable tokens. A revoked one stays revoked; a new one has a new token. */
@Component
class CertificateStore {

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Certificate(
            String token,
            long trackId,
            long memberId,
            ShownAs shownAs,
            boolean hidden,
            Instant issuedAt,
            Instant revokedAt) {}

    String issue(long trackId, long memberId, Instant at) {
        String token = Secrets.newSecret();
        jdbc.sql("insert into track_certificate (token, track_id, member_id, issued_at) values (?, ?, ?, ?)")
                .params(token, trackId, memberId, Timestamp.from(at))
                .update();
        return token;
    }

    Optional<Certificate> find(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select token, track_id, member_id, shown_as, hidden, issued_at, revoked_at"
                        + " from track_certificate where token = ?")
                .param(token)
                .query((rs, i) -> new Certificate(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        ShownAs.valueOf(rs.getString(4)),
                        rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }

    /** The member's certificate for the track that is not revoked, if any. */
    Optional<String> live(long trackId, long memberId) {
        return jdbc.sql("select token from track_certificate where track_id = ? and member_id = ?"
                        + " and revoked_at is null order by issued_at desc limit 1")
                .params(trackId, memberId)
                .query(String.class)
                .optional();
    }

    void choose(String token, ShownAs shownAs, boolean hidden) {
        jdbc.sql("update track_certificate set shown_as = ?, hidden = ? where token = ?")
                .params(shownAs.name(), hidden, token)
                .update();
    }

    void revoke(String token, Instant at) {
        jdbc.sql("update track_certificate set revoked_at = ? where token = ? and revoked_at is null")
                .params(Timestamp.from(at), token)
                .update();
    }
}
