package org.hros.casestudy;

/** Starting a case on a member's behalf, e.g. when they accept an editor's invitation to answer a request. */
public interface CaseDrafts {

    /**
     * Creates an empty draft with this title for {@code authorId}, who then writes it and chooses its attribution
     * as for any other case (until then it is anonymous, the safe default).
     *
     * @return the new draft's id
     */
    long startDraft(long authorId, CaseType type, String title);
}
