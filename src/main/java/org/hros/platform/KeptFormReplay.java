package org.hros.platform;

import java.util.Optional;

/**
 * Saves a {@link KeptForm} on its author's behalf once they have logged in again, for the forms where that is
 * safe and expected (a draft's text). A module that owns such a form provides a bean; forms no bean takes are
 * shown to their author to send again.
 */
public interface KeptFormReplay {

    /**
     * Saves the form for {@code member} if it is one this module owns and it can be saved as it is.
     *
     * @return the page to show next, where the saved text is; empty when the form is not this module's, is not
     *     valid, or conflicts with a newer version (the author then sees it and decides)
     */
    Optional<String> replay(long memberId, KeptForm form);
}
