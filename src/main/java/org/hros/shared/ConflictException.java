package org.hros.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The change was based on a stale copy, or is not allowed in the current state (409). */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT);
        setDetail(detail);
    }
}
