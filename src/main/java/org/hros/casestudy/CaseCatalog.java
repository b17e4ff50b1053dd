package org.hros.casestudy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hros.shared.PageView;

/** Reading the published library: what anyone, signed in or not, may see. */
public interface CaseCatalog {

    PageView<CaseCard> browse(CaseFilter filter, int page, int size);

    /** A page of the library in the given order. */
    default PageView<CaseCard> browse(CaseFilter filter, CaseOrder order, int page, int size) {
        return browse(filter, page, size);
    }

    Facets facets(CaseFilter filter);

    List<CaseCard> latest(CaseFilter filter, int limit);

    /** The newest published cases on any of these topics or skills, newest first; none when both are empty. */
    List<CaseCard> latestOn(
            java.util.Collection<org.hros.shared.Topic> topics,
            java.util.Collection<org.hros.shared.Skill> skills,
            int limit);

    /**
     * The newest published, not withdrawn cases that match, newest revision first, with what a feed needs beside
     * the card.
     */
    List<CaseFeedItem> feedItems(CaseFilter filter, int limit);

    /**
     * A published case at a revision, or the latest when {@code revision} is null.
     *
     * @throws org.hros.shared.NotFoundException when there is no such case or revision, or it is hidden pending review
     * @throws org.hros.shared.GoneException when the case was withdrawn
     */
    CaseView read(long caseId, Integer revision);

    /**
     * Those of {@code ids} that anyone may read now, each as {@link #read read(id, null)} gives it, in the order
     * asked; a case that is not published, withdrawn or hidden pending review is left out. A few queries for the
     * whole batch, to rebuild copies of the library (search documents) at size.
     */
    List<CaseView> readCurrent(Collection<Long> ids);

    /**
     * A case hidden pending review, for its author alone, who sees it with a notice why; empty for anyone else or a
     * case that is not hidden.
     */
    Optional<CaseView> readHiddenAsAuthor(long caseId, Integer revision, long memberId);

    /** Notes that a member opened a published case (once per case), one of the signals that earn trust. */
    void recordRead(long caseId, long memberId);

    /** The named cases of a member, for their public profile. Role-only and anonymous cases never appear. */
    List<CaseCard> namedCasesBy(long memberId, int limit);

    long countPublished();

    /**
     * The cards of those of {@code ids} that are published and not withdrawn, in the order given; the others are
     * left out. For search results, so that attribution is decided here and a takedown shows at once.
     */
    List<CaseCard> cards(Collection<Long> ids);

    /** The ids of every published, not withdrawn case, e.g. to check a search index against the library. */
    List<Long> publishedIds();

    Optional<String> canonicalSlug(long caseId);
}
