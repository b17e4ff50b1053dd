package org.hros.team.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;

/** The forms of the team pages. Checks live in the services, so pages and the API give the same answers. */
public final class TeamForms {

    private TeamForms() {}

    /** A new team's name and purpose. */
    public record TeamForm(String name, String purpose) {}

    /** An address to invite. */
    public record InviteForm(String email) {}

    /** A track to assign and its due date ({@code yyyy-mm-dd}, as a date input sends it). */
    public record AssignmentForm(String track, String dueOn) {

        /** The due date, or {@code null} when none was given. */
        LocalDate due() {
            return parse(dueOn);
        }
    }

    /** A new due date for an assignment: its track stays as assigned. */
    public record DueDateForm(String dueOn) {

        /** The due date, or {@code null} when none was given. */
        LocalDate due() {
            return parse(dueOn);
        }
    }

    static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return date.length() > 10 ? fail() : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return fail();
        }
    }

    private static LocalDate fail() {
        throw new FieldErrorsException(List.of(new FieldError("dueOn", "team.assign.due.invalid")));
    }
}
