package org.hros.discussion;

import org.hros.shared.PublicPagesChanged;
import org.hros.shared.SubjectRef;

/** A reply was posted, edited or removed, e.g. for the search index to refresh. */
public record ReplyChanged(long replyId, SubjectRef subject, boolean removed) implements PublicPagesChanged {}
