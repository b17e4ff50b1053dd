package org.hros.discussion;

/**
 * What a reader asked of a thread in the address: which page of top-level replies, and whether the form should
 * answer a reply ({@code replyTo}) or quote one ({@code quote}).
 */
public record ThreadOptions(int page, Long replyTo, Long quote) {

    public static final ThreadOptions FIRST_PAGE = new ThreadOptions(1, null, null);
}
