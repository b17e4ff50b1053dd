package org.hros.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hros.shared.FieldErrorsException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors from HTML pages that no form handled: they become the friendly error page with the right status
 * instead of a 500. 404, 403 and 410 arrive here as {@code ErrorResponse}s and need no help.
 */
@ControllerAdvice(annotations = Controller.class)
class HtmlErrorAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void staleUpdate(HttpServletResponse response) throws IOException {
        response.sendError(409);
    }

    /** Text the database refuses is the sender's doing: a 400, never a 500 (see {@link RefusedData}). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    void refusedData(DataIntegrityViolationException e, HttpServletResponse response) throws IOException {
        if (!RefusedData.isClientData(e)) {
            throw e;
        }
        response.sendError(400);
    }

    @ExceptionHandler(FieldErrorsException.class)
    void invalidInput(HttpServletResponse response) throws IOException {
        response.sendError(400);
    }
}
