package org.hros.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The caller may not do this (403). */
public class ForbiddenException extends ErrorResponseException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN);
        setDetail(detail);
    }
}
