package org.hros.casestudy.domain;

/**
 * How much an editor may change in a submission without returning it: a small fix (a phone number, a name) touches
 * one stretch of a section; anything larger is the author's to rewrite, after a note.
 */
final class EditorFixes {

    /** The most characters a fix may change, counted over the stretch between the unchanged start and end. */
    static final int MAX_CHANGED = 400;

    static final int MAX_REASON = 300;

    private EditorFixes() {}

    /**
     * The length of the changed stretch: what is left of the longer text once the start and the end both texts
     * share are set aside. Replacing a phone number counts its digits; rewriting a paragraph counts the paragraph.
     */
    static int changedCharacters(String before, String after) {
        int prefix = 0;
        int shorter = Math.min(before.length(), after.length());
        while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return Math.max(before.length(), after.length()) - prefix - suffix;
    }
}
