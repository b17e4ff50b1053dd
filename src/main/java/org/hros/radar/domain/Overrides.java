package org.hros.radar.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors placing a blip in another ring than the rule gives, always with a reason readers see beside it. */
@Service
public class Overrides {

    static final int RATIONALE_MIN = 10;
    static final int RATIONALE_MAX = 600;

    private final JdbcClient jdbc;
    private final RadarQueries radar;
    private final Clock clock;

    Overrides(JdbcClient jdbc, RadarQueries radar, Clock clock) {
        this.jdbc = jdbc;
        this.radar = radar;
        this.clock = clock;
    }

    @Transactional
    public void override(String kind, String slug, Ring ring, String rationale, long editorId) {
        Placement blip = radar.blip(kind, slug).placement();
        String reason = rationale == null ? "" : rationale.strip();
        List<FieldError> errors = new ArrayList<>();
        if (ring == null) {
            errors.add(new FieldError("ring", "radar.override.error.ring"));
        }
        if (reason.length() < RATIONALE_MIN || reason.length() > RATIONALE_MAX) {
            errors.add(new FieldError("rationale", "radar.override.error.rationale"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        jdbc.sql("insert into radar_override (blip_key, ring, rationale, editor_id, updated_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (blip_key) do update set ring = excluded.ring, rationale = excluded.rationale,"
                        + " editor_id = excluded.editor_id, updated_at = excluded.updated_at")
                .params(blip.key(), ring.name(), reason, editorId, Timestamp.from(clock.instant()))
                .update();
    }

    /** Hands the blip back to the rule. */
    @Transactional
    public void clear(String kind, String slug) {
        jdbc.sql("delete from radar_override where blip_key = ?")
                .param(radar.blip(kind, slug).placement().key())
                .update();
    }
}
