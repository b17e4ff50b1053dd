package org.hros.casestudy.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.casestudy.ReviewNoteView;
import org.hros.casestudy.Section;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.springframework.stereotype.Component;

/** Review notes with their editors' names (none for the approver's), for authors and editors. */
@Component
class ReviewNotes {

    private final ReviewNoteRepository notes;
    private final MemberDirectory members;

    ReviewNotes(ReviewNoteRepository notes, MemberDirectory members) {
        this.notes = notes;
        this.members = members;
    }

    List<ReviewNoteView> of(long caseId) {
        List<ReviewNote> all = notes.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
        Set<Long> editors =
                all.stream().map(ReviewNote::editorId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, MemberCard> cards = members.cards(editors);
        return all.stream()
                .map(n -> view(n, n.editorId() == null ? null : cards.get(n.editorId())))
                .toList();
    }

    static ReviewNoteView view(ReviewNote n, MemberCard editor) {
        return new ReviewNoteView(
                n.id(),
                n.section() == null ? null : Section.fromKey(n.section()).orElse(null),
                n.round(),
                n.body(),
                editor == null ? "" : editor.displayName(),
                n.createdAt(),
                n.fromApprover(),
                n.textBefore(),
                n.textAfter());
    }
}
