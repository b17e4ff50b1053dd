package org.hros.platform.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.platform.db.DatabaseFaults;
import org.hros.platform.db.DatabaseOutageLog;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors from the JSON API as RFC 9457 problem documents. Field problems carry an {@code errors} list of
 * {@code {field, message}}; no document ever carries an exception's own message.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FieldErrorsException.class)
    ResponseEntity<ProblemDetail> fieldErrors(FieldErrorsException e, Locale locale) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of(
                        "field",
                        error.field(),
                        "message",
                        messages.getMessage(error.code(), null, error.code(), locale)))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors, locale));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleUpdate(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("error.409.text", null, locale));
        problem.setTitle(messages.getMessage("error.409.title", null, locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * The last line of defence for text the database refuses (PostgreSQL's data exceptions, class 22): the
     * client sent it, so it is a 400, never a 500. Any other database failure is not the client's doing.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedData(DataIntegrityViolationException e, Locale locale) {
        if (!RefusedData.isClientData(e)) {
            throw e;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("error.400.text", null, locale));
        problem.setTitle(messages.getMessage("error.400.title", null, locale));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A database that does not answer in time (down, stalled, restarting) is nobody's fault in the request: 503 with
     * {@code Retry-After}, and one log line per cause and minute. Other failures of these kinds go on as before.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class,
        PersistenceException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request, Locale locale)
            throws Exception {
        if (!DatabaseFaults.isOutage(e)) {
            throw e;
        }
        DatabaseOutageLog.record(request.getMethod() + " " + request.getRequestURI(), e);
        ErrorView error = new ErrorView(503, "database");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage(error.textKey(), null, locale));
        problem.setTitle(messages.getMessage(error.titleKey(), null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutageFilter.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors, locale));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodyTooLargeException.in(e)) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("error.413.text", null, request.getLocale()));
            tooLarge.setTitle(messages.getMessage("error.413.title", null, request.getLocale()));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
        problem.setTitle(messages.getMessage("error.400.title", null, request.getLocale()));
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("form.errors", null, locale));
        problem.setTitle(messages.getMessage("error.400.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
