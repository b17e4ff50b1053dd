package org.hros.casestudy.domain;

import org.hros.shared.ConflictException;

/**
 * A save based on an older version of a draft than the one stored: another tab or device saved in between.
 * The author is shown both texts and chooses; nothing is overwritten behind their back.
 */
public class StaleDraftException extends ConflictException {

    public StaleDraftException() {
        super("This case was changed elsewhere since you opened it.");
    }
}
