package org.hros.casestudy.web;

import java.util.ArrayList;
import java.util.List;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.DraftView;

/**
 * Two versions of one draft side by side: the one saved elsewhere in the meantime ("theirs") and the one the
 * author just sent ("yours"), text field by text field.
 *
 * @param otherDetailsDiffer whether fields that are no text (outcome, tags, context, sharing) differ too
 */
public record ConflictView(long caseId, List<Difference> differences, boolean otherDetailsDiffer) {

    /** One field that reads differently in the two versions. */
    public record Difference(String labelKey, String theirs, String yours) {}

    static ConflictView of(DraftView saved, CaseForm yours) {
        CaseForm theirs = CaseForm.of(saved);
        List<Difference> differences = new ArrayList<>();
        add(differences, "case.title", theirs.title(), yours.title());
        for (Section section : Section.of(saved.type())) {
            add(differences, section.messageKey(), theirs.text(section), yours.text(section));
        }
        add(differences, "case.vendorDisclosure", theirs.vendorDisclosure(), yours.vendorDisclosure());
        int texts = differences.size();
        boolean others = !theirs.sameContentAs(yours) && texts == 0;
        return new ConflictView(saved.id(), List.copyOf(differences), others);
    }

    private static void add(List<Difference> differences, String labelKey, String theirs, String yours) {
        String a = theirs == null ? "" : theirs.strip();
        String b = yours == null ? "" : yours.strip();
        if (!a.equals(b)) {
            differences.add(new Difference(labelKey, a, b));
        }
    }
}
