package org.hros.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The thing asked for does not exist, or is not visible to the caller (404). */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND);
        setDetail(detail);
    }
}
