package org.hros.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The thing asked for existed and was withdrawn (410). */
public class GoneException extends ErrorResponseException {

    public GoneException(String detail) {
        super(HttpStatus.GONE);
        setDetail(detail);
    }
}
