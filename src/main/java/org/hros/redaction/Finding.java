package org.hros.redaction;

/**
 * One identifying detail, where it is and what to put in its place.
 *
 * @param field the field it was found in (a section key, “title”, …)
 * @param start the offset of its first character in the field's text
 * @param end the offset just after its last character
 * @param text the text found, exactly as written, {@code text.equals(fieldText.substring(start, end))}
 * @param kind what it is
 * @param replacement a neutral text to put in its place, e.g. “[a company]” or “[our VP of People]”
 */
public record Finding(String field, int start, int end, String text, Kind kind, String replacement) {

    /** The field's text with this finding replaced. */
    public String applyTo(String fieldText) {
        return fieldText.substring(0, start) + replacement + fieldText.substring(end);
    }
}
