package org.hros.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A member whose every identifying string is one that occurs nowhere else, so that finding any of them in an
 * output proves the output came from the member's record.
 *
 * @param id the member's id
 * @param displayName two made-up words; the handle is derived from it
 * @param handle the handle the application derived from the display name
 * @param email a made-up local part at a made-up domain
 * @param company the employer, which the member keeps private
 * @param headline the headline shown on named cases
 * @param bio a sentence for the profile
 */
record Canary(long id, String displayName, String handle, String email, String company, String headline, String bio) {

    /**
     * Every string that must not escape, in lower case: the whole values and each distinctive word in them, so
     * that half a name (a first name in a greeting, a domain in a header) counts as much as the whole.
     */
    List<String> marks() {
        Set<String> marks = new LinkedHashSet<>();
        for (String value : List.of(displayName, handle, email, company, headline, bio)) {
            marks.add(value.toLowerCase(Locale.ROOT));
            for (String word : value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 6 && !COMMON.contains(word)) {
                    marks.add(word);
                }
            }
        }
        return new ArrayList<>(marks);
    }

    /** The canary's display name, which a human reader would recognise. */
    String label() {
        return displayName;
    }

    /** Words of ordinary text that happen to sit inside the canary values and prove nothing on their own. */
    private static final Set<String> COMMON = Set.of("example", "hiring", "careers", "talent", "people", "partner");
}
