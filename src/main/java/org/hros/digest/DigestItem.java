package org.hros.digest;

import java.util.regex.Pattern;

/**
 * One thing in a digest section.
 *
 * @param title what it is called, e.g. a case's title
 * @param path where it lives on this site, e.g. {@code /cases/4/our-failed-referral-scheme}; the mail makes it a
 *     full address. Only a path on this site: anything else is refused.
 * @param summary one line on what it is about; never who wrote it
 */
public record DigestItem(String title, String path, String summary) {

    private static final Pattern LOCAL_PATH = Pattern.compile("/([^/\\\\\\s{}][^\\\\\\s{}]*)?");
    private static final int MAX_SUMMARY = 240;

    public DigestItem {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A digest item needs a title");
        }
        if (path == null || path.length() > 600 || !LOCAL_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("A digest item links to a path on this site only");
        }
        summary = summary == null ? "" : summary.strip();
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 1).strip() + "…";
        }
    }
}
