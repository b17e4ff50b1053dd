package org.hros.export.domain;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipOutputStream;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.platform.RateLimits;
import org.hros.shared.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's own data as one ZIP: a README saying what each file holds, then every module's part, streamed as it is
 * read. Each export counts against a small allowance and is recorded in the audit log.
 */
@Service
public class MyDataExports {

    private final ObjectProvider<PersonalData> parts;
    private final RateLimits limits;
    private final AuditLog audit;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    MyDataExports(
            ObjectProvider<PersonalData> parts,
            RateLimits limits,
            AuditLog audit,
            JsonMapper json,
            MessageSource messages,
            Clock clock) {
        this.parts = parts;
        this.limits = limits;
        this.audit = audit;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every file an archive holds, in the order written, for the settings page and the README. */
    public List<PersonalData.FileNote> files() {
        return parts.orderedStream().flatMap(p -> p.files().stream()).toList();
    }

    /**
     * Counts one export against the member's allowance and records it; the archive is written next.
     *
     * @throws org.hros.platform.RateLimitExceededException when the member exported too often lately
     */
    @Transactional
    public void begin(long memberId) {
        limits.consume(RateLimits.Action.DATA_EXPORT, "member:" + memberId);
        audit.recordAboutMember(memberId, AuditAction.EXPORTED_OWN_DATA, memberId, null);
    }

    /** The archive's file name, e.g. {@code hros-my-data-2026-12-05.zip}. */
    public String fileName() {
        return "hros-my-data-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".zip";
    }

    /** Writes the member's archive to {@code out}, part by part; {@code out} is left open. */
    public void write(long memberId, OutputStream out, Locale locale) {
        ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        ZipArchive archive = new ZipArchive(zip, json, messages, locale);
        archive.markdown("README.md", readme(archive));
        parts.orderedStream().forEach(part -> part.export(memberId, archive));
        archive.finish();
    }

    private String readme(ZipArchive archive) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(archive.text("export.readme.title")).append("\n\n");
        md.append(archive.text("export.readme.exported", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .append("\n\n");
        md.append(archive.text("export.readme.intro")).append("\n\n");
        md.append("## ").append(archive.text("export.readme.files")).append("\n\n");
        for (PersonalData.FileNote note : files()) {
            md.append("- `")
                    .append(note.path())
                    .append("`: ")
                    .append(archive.text(note.descriptionKey()))
                    .append('\n');
        }
        md.append("\n").append(archive.text("export.readme.formats")).append('\n');
        return md.toString();
    }
}
