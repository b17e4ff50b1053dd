package org.hros.casestudy.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseMarkdown;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Section;
import org.hros.shared.PersonalData;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's cases for their data export: every case they wrote, in any state, with its working copy and every
 * published revision. Editors' notes and who reviewed are left out: they are the editors' words and names.
 */
@Component
@Order(20)
class CaseData implements PersonalData {

    private final JdbcClient jdbc;

    CaseData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(
                new FileNote("cases/cases.json", "export.file.cases"),
                new FileNote("cases/{id}/working-copy.md", "export.file.caseWorkingCopy"),
                new FileNote("cases/{id}/revision-{n}.md", "export.file.caseRevision"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<MyCase> cases = jdbc.sql("select id, type, status, attribution, role_descriptor, title, slug, outcome,"
                        + " topics, skills, licence, created_at, updated_at, submitted_at, withdrawn_at"
                        + " from case_study where author_id = ? order by created_at, id")
                .param(memberId)
                .query((rs, i) -> myCase(rs))
                .list();
        archive.json("cases/cases.json", cases);
        for (MyCase c : cases) {
            CaseType type = CaseType.valueOf(c.type());
            archive.markdown(
                    "cases/" + c.id() + "/working-copy.md",
                    document(archive, c.title(), type, sections("case_section", "case_id", c.id())));
            for (Revision r : c.revisions()) {
                archive.markdown(
                        "cases/" + c.id() + "/revision-" + r.number() + ".md",
                        document(archive, r.title(), type, sections("case_revision_section", "revision_id", r.id())));
            }
        }
    }

    private MyCase myCase(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Revision> revisions = jdbc.sql("select id, revision_no, title, outcome, licence, published_at"
                        + " from case_revision where case_id = ? order by revision_no")
                .param(id)
                .query((r, i) -> new Revision(
                        r.getLong("id"),
                        r.getInt("revision_no"),
                        r.getString("title"),
                        r.getString("outcome"),
                        r.getString("licence"),
                        r.getTimestamp("published_at").toInstant()))
                .list();
        return new MyCase(
                id,
                rs.getString("type"),
                rs.getString("status"),
                rs.getString("attribution"),
                rs.getString("role_descriptor"),
                rs.getString("title"),
                revisions.isEmpty() ? null : "/cases/" + id + "/" + rs.getString("slug"),
                rs.getString("outcome"),
                Vocabulary.slugs(Vocabulary.parseAll(Topic.class, rs.getString("topics"))),
                Vocabulary.slugs(Vocabulary.parseAll(Skill.class, rs.getString("skills"))),
                rs.getString("licence"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("withdrawn_at")),
                revisions);
    }

    private Map<Section, String> sections(String table, String key, long id) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        jdbc.sql("select section, markdown from " + table + " where " + key + " = ?")
                .param(id)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> Section.fromKey(e.getKey()).ifPresent(s -> sections.put(s, e.getValue())));
        return sections;
    }

    private static String document(Archive archive, String title, CaseType type, Map<Section, String> sections) {
        return "# " + title + "\n\n" + CaseMarkdown.sections(type, sections, s -> archive.text(s.messageKey()));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * @param path the case's page, once it was published
     * @param withdrawnAt when it was withdrawn or taken down, if it was
     */
    record MyCase(
            long id,
            String type,
            String status,
            String attribution,
            String roleDescriptor,
            String title,
            String path,
            String outcome,
            List<String> topics,
            List<String> skills,
            String licence,
            Instant createdAt,
            Instant updatedAt,
            Instant submittedAt,
            Instant withdrawnAt,
            List<Revision> revisions) {}

    record Revision(
            @com.fasterxml.jackson.annotation.JsonIgnore long id,
            int number,
            String title,
            String outcome,
            String licence,
            Instant publishedAt) {}
}
