package org.hros.redaction;

/**
 * Who wrote the text, as far as the redaction assistant needs to know: what to look for, never what to show.
 * Any part may be {@code null}.
 *
 * @param displayName the name the author shows on HROS, e.g. “Maya Lindqvist”
 * @param handle the author's profile handle, e.g. “maya-lindqvist”
 * @param email the author's e-mail address
 * @param company the company in the author's profile
 * @param headline the line under the author's name, e.g. “Head of Talent at Northwind Retail”
 */
public record AuthorIdentity(String displayName, String handle, String email, String company, String headline) {

    /** An author about whom nothing is known. */
    public static final AuthorIdentity UNKNOWN = new AuthorIdentity(null, null, null, null, null);

    /** An author without a headline. */
    public AuthorIdentity(String displayName, String handle, String email, String company) {
        this(displayName, handle, email, company, null);
    }
}
