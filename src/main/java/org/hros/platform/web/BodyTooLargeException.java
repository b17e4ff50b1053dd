package org.hros.platform.web;

import java.io.IOException;

/**
 * A request body that grew past the limit while being read: a chunked body announces no length, so it can only
 * be stopped on the way in. Answered with 413.
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("Request body over " + limit + " bytes");
    }

    /** True when {@code failure} was caused by a body over the limit. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
