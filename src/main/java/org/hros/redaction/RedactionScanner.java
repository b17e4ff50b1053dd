package org.hros.redaction;

import java.util.Map;
import java.util.Set;

/** Finds identifying details in what an author writes, and rates how identifiable the text is. */
public interface RedactionScanner {

    /** Scans one text; findings carry the field name {@link Scan#FIELD}. */
    Scan scan(String text, AuthorIdentity author);

    /**
     * Scans several fields of one case together and rates them as a whole.
     *
     * @param fieldTexts each field's text by field name, in the order findings should be reported
     * @param author whose own name, handle, address and company to look for
     * @param memberCompanies companies named in members' profiles, looked for like well-known employers
     */
    Report review(Map<String, String> fieldTexts, AuthorIdentity author, Set<String> memberCompanies);
}
