package org.hros.radar.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.NotFoundException;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practices editors curate for the radar: add, edit, retire and bring back, with the same checks always. */
@Service
public class Practices {

    static final int NAME_MAX = 80;
    static final int DESCRIPTION_MAX = 1000;
    static final int KEYWORDS_MAX = 10;
    static final int KEYWORD_MAX = 40;

    private static final String COLUMNS = "select id, slug, name, description, quadrant, topics, skills, keywords,"
            + " retired_at is not null as retired from radar_practice";

    private final JdbcClient jdbc;
    private final Clock clock;

    Practices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PracticeView> all() {
        return jdbc.sql(COLUMNS + " order by retired_at is not null, lower(name)")
                .query(Practices::view)
                .list();
    }

    @Transactional(readOnly = true)
    public List<PracticeView> active() {
        return jdbc.sql(COLUMNS + " where retired_at is null order by lower(name)")
                .query(Practices::view)
                .list();
    }

    @Transactional(readOnly = true)
    public PracticeView find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?")
                .param(id)
                .query(Practices::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("No such practice"));
    }

    @Transactional
    public long add(PracticeCommand command) {
        String slug = check(command, null);
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("insert into radar_practice (slug, name, description, quadrant, topics, skills, keywords,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        slug,
                        command.name().strip(),
                        command.description().strip(),
                        command.quadrant().name(),
                        Vocabulary.joinAll(command.topics()),
                        Vocabulary.joinAll(command.skills()),
                        String.join(",", keywords(command)),
                        now,
                        now)
                .query(Long.class)
                .single();
    }

    @Transactional
    public void edit(long id, PracticeCommand command) {
        find(id);
        String slug = check(command, id);
        jdbc.sql("update radar_practice set slug = ?, name = ?, description = ?, quadrant = ?, topics = ?, skills = ?,"
                        + " keywords = ?, updated_at = ? where id = ?")
                .params(
                        slug,
                        command.name().strip(),
                        command.description().strip(),
                        command.quadrant().name(),
                        Vocabulary.joinAll(command.topics()),
                        Vocabulary.joinAll(command.skills()),
                        String.join(",", keywords(command)),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
    }

    /** Takes a practice off the radar; its earlier editions keep it. */
    @Transactional
    public void retire(long id, boolean retired) {
        find(id);
        jdbc.sql("update radar_practice set retired_at = ?, updated_at = ? where id = ?")
                .params(retired ? Timestamp.from(clock.instant()) : null, Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Checks a practice and answers its slug; a problem with any field is a {@link FieldErrorsException}. */
    private String check(PracticeCommand command, Long id) {
        List<FieldError> errors = new ArrayList<>();
        String name = command.name() == null ? "" : command.name().strip();
        String slug = Slugs.slugify(name);
        if (name.length() < 2 || name.length() > NAME_MAX || slug.isBlank()) {
            errors.add(new FieldError("name", "radar.practice.error.name"));
        } else if (taken(slug, id)) {
            errors.add(new FieldError("name", "radar.practice.error.nameTaken"));
        }
        String description =
                command.description() == null ? "" : command.description().strip();
        if (description.isEmpty() || description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "radar.practice.error.description"));
        }
        if (command.quadrant() == null) {
            errors.add(new FieldError("quadrant", "radar.practice.error.quadrant"));
        }
        List<String> keywords = keywords(command);
        if (keywords.size() > KEYWORDS_MAX
                || keywords.stream().anyMatch(k -> k.length() < 2 || k.length() > KEYWORD_MAX)) {
            errors.add(new FieldError("keywords", "radar.practice.error.keywords"));
        } else if (keywords.isEmpty()
                && command.topics().isEmpty()
                && command.skills().isEmpty()) {
            errors.add(new FieldError("keywords", "radar.practice.error.ties"));
        }
        // A retired word the practice already had stays when it is edited; one newly given is refused.
        PracticeView before = id == null ? null : find(id);
        if (Vocabulary.addsRetired(command.topics(), before == null ? java.util.Set.of() : before.topics())) {
            errors.add(new FieldError("topics", "word.retired"));
        }
        if (Vocabulary.addsRetired(command.skills(), before == null ? java.util.Set.of() : before.skills())) {
            errors.add(new FieldError("skills", "word.retired"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return slug;
    }

    private boolean taken(String slug, Long id) {
        return jdbc.sql("select count(*) from radar_practice where slug = ? and id <> ?")
                        .params(slug, id == null ? -1L : id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Keywords as matched: lower case, trimmed, no empties, no repeats, no commas (they separate them). */
    private static List<String> keywords(PracticeCommand command) {
        return command.keywords().stream()
                .filter(k -> k != null)
                .map(k -> k.strip().toLowerCase(Locale.ROOT).replace(",", " "))
                .filter(k -> !k.isEmpty())
                .distinct()
                .toList();
    }

    Optional<PracticeView> bySlug(String slug) {
        return jdbc.sql(COLUMNS + " where slug = ?")
                .param(slug)
                .query(Practices::view)
                .optional();
    }

    private static PracticeView view(ResultSet rs, int row) throws SQLException {
        String keywords = rs.getString("keywords");
        return new PracticeView(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("description"),
                Quadrant.valueOf(rs.getString("quadrant")),
                Vocabulary.parseAll(Topic.class, rs.getString("topics")),
                Vocabulary.parseAll(Skill.class, rs.getString("skills")),
                keywords == null || keywords.isBlank() ? List.of() : Arrays.asList(keywords.split(",")),
                rs.getBoolean("retired"));
    }
}
