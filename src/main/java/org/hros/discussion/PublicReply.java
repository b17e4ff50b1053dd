package org.hros.discussion;

import java.time.Instant;
import org.hros.shared.SubjectRef;

/**
 * A reply as anyone may read it, e.g. for the search index: its words and where it stands, never who wrote it
 * (on a case that does not name its author, its author's replies must not be traceable to them).
 *
 * @param subjectTitle the title of the case or request it is part of the discussion of
 * @param path the reply's place in that discussion, e.g. {@code /cases/12/slug#reply-40}
 * @param html the sanitised HTML of its body
 */
public record PublicReply(
        long id, SubjectRef subject, String subjectTitle, String path, String html, Instant postedAt) {}
