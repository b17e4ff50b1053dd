package org.hros.casestudy.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.DraftView;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.format.annotation.DateTimeFormat;

/** The case form, one field per template section, for both forms of case. */
public record CaseForm(
        @NotNull(message = "{case.type.required}") CaseType type,

        @NotBlank(message = "{case.title.required}") @Size(max = 160, message = "{case.title.tooLong}")
        String title,

        Outcome outcome,
        @Size(max = 3, message = "{case.topics.tooMany}") List<Topic> topics,
        @Size(max = 5, message = "{case.skills.tooMany}") List<Skill> skills,
        SizeBand sizeBand,
        Industry industry,
        Region region,

        @Min(value = 1, message = "{case.teamSize.range}") @Max(value = 100_000, message = "{case.teamSize.range}")
        Integer teamSize,

        @Min(value = 1990, message = "{case.year.range}") @Max(value = 2100, message = "{case.year.range}")
        Integer year,

        Licence licence,

        @Size(max = 2000, message = "{case.vendorDisclosure.tooLong}")
        String vendorDisclosure,

        AttributionMode attribution,

        @Size(max = 120, message = "{case.roleDescriptor.tooLong}")
        String roleDescriptor,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String summary,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String challenge,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String whatWeDid,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String results,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String wrong,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String lucky,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String differently,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String lessons,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String why,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String what,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String how,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String learnings,

        @Size(max = Section.MAX_LENGTH, message = "{case.section.tooLong}")
        String resources,

        Integer version,

        @Email(message = "{case.approverEmail.invalid}") @Size(max = 254, message = "{case.approverEmail.tooLong}")
        String approverEmail,

        // From <input type="datetime-local">, which carries no time zone: the form says it is UTC.
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime embargoUntil,

        // Ticked to submit a role-only or anonymous case that the redaction assistant rates highly identifiable.
        Boolean confirmIdentifiable) {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static CaseForm blank(CaseType type) {
        return blank(type, Licence.DEFAULT);
    }

    /** An empty form that starts with the community's default licence. */
    public static CaseForm blank(CaseType type, Licence licence) {
        return new CaseForm(
                type,
                "",
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                licence,
                "",
                AttributionMode.NAMED,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                "",
                null,
                null);
    }

    public static CaseForm of(DraftView d) {
        CaseContext x = d.context();
        return new CaseForm(
                d.type(),
                d.title(),
                d.outcome(),
                d.topics(),
                d.skills(),
                x.sizeBand(),
                x.industry(),
                x.region(),
                x.teamSize(),
                x.year(),
                d.licence(),
                d.vendorDisclosure(),
                d.attribution(),
                d.roleDescriptor(),
                d.markdown(Section.SUMMARY),
                d.markdown(Section.CHALLENGE),
                d.markdown(Section.WHAT_WE_DID),
                d.markdown(Section.RESULTS),
                d.markdown(Section.WRONG),
                d.markdown(Section.LUCKY),
                d.markdown(Section.DIFFERENTLY),
                d.markdown(Section.LESSONS),
                d.markdown(Section.WHY),
                d.markdown(Section.WHAT),
                d.markdown(Section.HOW),
                d.markdown(Section.LEARNINGS),
                d.markdown(Section.RESOURCES),
                d.version(),
                d.approverEmail(),
                d.embargoUntil() == null ? null : LocalDateTime.ofInstant(d.embargoUntil(), ZoneOffset.UTC),
                null);
    }

    /** The Markdown the form holds for a section. */
    public String text(Section section) {
        String value = sections().get(section);
        return value == null ? "" : value;
    }

    public boolean has(Topic topic) {
        return topics != null && topics.contains(topic);
    }

    public boolean confirmed() {
        return Boolean.TRUE.equals(confirmIdentifiable);
    }

    public boolean has(Skill skill) {
        return skills != null && skills.contains(skill);
    }

    Map<Section, String> sections() {
        Map<Section, String> map = new EnumMap<>(Section.class);
        put(map, Section.SUMMARY, summary);
        put(map, Section.CHALLENGE, challenge);
        put(map, Section.WHAT_WE_DID, whatWeDid);
        put(map, Section.RESULTS, results);
        put(map, Section.WRONG, wrong);
        put(map, Section.LUCKY, lucky);
        put(map, Section.DIFFERENTLY, differently);
        put(map, Section.LESSONS, lessons);
        put(map, Section.WHY, why);
        put(map, Section.WHAT, what);
        put(map, Section.HOW, how);
        put(map, Section.LEARNINGS, learnings);
        put(map, Section.RESOURCES, resources);
        return map;
    }

    CaseCommand command() {
        return new CaseCommand(
                type,
                title,
                outcome,
                topics,
                skills,
                new CaseContext(sizeBand, industry, region, teamSize, year),
                licence,
                vendorDisclosure,
                attribution,
                roleDescriptor,
                sections(),
                version,
                approverEmail,
                embargoUntil == null ? null : embargoUntil.toInstant(ZoneOffset.UTC));
    }

    /** The same form, based on another version of the draft. */
    CaseForm withVersion(int newVersion) {
        return new CaseForm(
                type,
                title,
                outcome,
                topics,
                skills,
                sizeBand,
                industry,
                region,
                teamSize,
                year,
                licence,
                vendorDisclosure,
                attribution,
                roleDescriptor,
                summary,
                challenge,
                whatWeDid,
                results,
                wrong,
                lucky,
                differently,
                lessons,
                why,
                what,
                how,
                learnings,
                resources,
                newVersion,
                approverEmail,
                embargoUntil,
                confirmIdentifiable);
    }

    /**
     * Whether this form says what {@code other} says, field for field (blank and missing alike): a save whose
     * content is already stored needs no conflict screen, whatever version it was based on.
     */
    boolean sameContentAs(CaseForm other) {
        return clean(title).equals(clean(other.title))
                && java.util.Objects.equals(outcome, other.outcome)
                && list(topics).equals(list(other.topics))
                && list(skills).equals(list(other.skills))
                && java.util.Objects.equals(sizeBand, other.sizeBand)
                && java.util.Objects.equals(industry, other.industry)
                && java.util.Objects.equals(region, other.region)
                && java.util.Objects.equals(teamSize, other.teamSize)
                && java.util.Objects.equals(year, other.year)
                && java.util.Objects.equals(licence, other.licence)
                && clean(vendorDisclosure).equals(clean(other.vendorDisclosure))
                && (attribution == null || attribution == other.attribution)
                && (attribution == null || clean(roleDescriptor).equals(clean(other.roleDescriptor)))
                && clean(approverEmail).equals(clean(other.approverEmail))
                && java.util.Objects.equals(embargoUntil, other.embargoUntil)
                && Section.of(type).stream().allMatch(s -> clean(text(s)).equals(clean(other.text(s))));
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** The embargo as {@code <input type="datetime-local">} shows it, in UTC; empty when there is none. */
    public String embargoInput() {
        return embargoUntil == null ? "" : INPUT.format(embargoUntil);
    }

    private static void put(Map<Section, String> map, Section section, String value) {
        if (value != null) {
            map.put(section, value);
        }
    }
}
