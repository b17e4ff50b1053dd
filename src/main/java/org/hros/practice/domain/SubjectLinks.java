package org.hros.practice.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.shared.PublicSubjects;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns what a member pastes ("https://…/cases/12/our-story", "/requests/7", "case 12") into references to
 * public subjects, and references back into titles and paths. Each module that owns a kind of subject answers
 * for it through its {@link PublicSubjects}. A subject that is no longer public is simply not shown.
 */
@Component
class SubjectLinks {

    private static final Pattern PATH =
            Pattern.compile("^(?:https?://[^/\\s]+)?/(cases|requests)/(\\d{1,18})(?:[/?#]\\S*)?$");
    private static final Pattern WORD =
            Pattern.compile("^(case|request)\\s*#?\\s*(\\d{1,18})$", Pattern.CASE_INSENSITIVE);

    private final Map<SubjectType, PublicSubjects> owners = new EnumMap<>(SubjectType.class);

    SubjectLinks(ObjectProvider<PublicSubjects> subjects) {
        subjects.orderedStream().forEach(s -> owners.putIfAbsent(s.type(), s));
    }

    /** The reference a line points to, or empty when it is not an address or name of a case or request. */
    static Optional<SubjectRef> parse(String line) {
        String text = line.strip();
        Matcher m = PATH.matcher(text);
        if (!m.matches()) {
            m = WORD.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        SubjectType type = m.group(1).toLowerCase().startsWith("case") ? SubjectType.CASE : SubjectType.REQUEST;
        return Optional.of(new SubjectRef(type, Long.parseLong(m.group(2))));
    }

    /** The subject if anyone may read it now. */
    Optional<SubjectInfo> find(SubjectRef ref) {
        PublicSubjects owner = owners.get(ref.type());
        return owner == null ? Optional.empty() : owner.find(ref.id());
    }

    /**
     * Whether the member wrote this subject without their name on it (an anonymous or role-only case). Shown
     * beside that member's goal, the link would say who wrote it; only the member may see it there.
     */
    boolean writtenUnnamedBy(SubjectRef ref, long memberId) {
        PublicSubjects owner = owners.get(ref.type());
        return owner != null && owner.speaksAsAuthor(ref.id(), memberId);
    }

    /** The subjects that are still public, in the order given. */
    List<SubjectInfo> resolve(List<SubjectRef> refs) {
        List<SubjectInfo> found = new ArrayList<>();
        for (SubjectRef ref : refs) {
            find(ref).ifPresent(found::add);
        }
        return found;
    }
}
