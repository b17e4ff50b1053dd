package org.hros.member.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The sign-up form. */
public record SignUpForm(
        @NotBlank(message = "{signup.email.required}")
        @Email(message = "{signup.email.invalid}")
        @Size(max = 254, message = "{signup.email.tooLong}")
        String email,

        @NotBlank(message = "{signup.displayName.required}") @Size(max = 80, message = "{signup.displayName.tooLong}")
        String displayName,

        @NotBlank(message = "{signup.password.required}") @Size(min = 12, max = 200, message = "{signup.password.size}")
        String password,

        @NotNull(message = "{signup.agree.required}") @AssertTrue(message = "{signup.agree.required}")
        Boolean agree,

        // The secret from an invitation link, carried by a hidden field; blank without one.
        @Size(max = 100, message = "{signup.invitation.invalid}")
        String invitation) {

    /** The form to show again after an error: the password is never echoed back. */
    SignUpForm withoutPassword() {
        return new SignUpForm(email, displayName, "", agree, invitation);
    }

    public static SignUpForm empty() {
        return new SignUpForm("", "", "", false, "");
    }

    /** The form an invitation link opens: the address invited filled in. */
    public static SignUpForm invited(String email, String invitation) {
        return new SignUpForm(email, "", "", false, invitation);
    }

    /** The invitation's secret, or {@code null} when the form carries none. */
    String invitationSecret() {
        return invitation == null || invitation.isBlank() ? null : invitation.strip();
    }
}
