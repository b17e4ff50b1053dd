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
        Boolean agree) {

    /** The form to show again after an error: the password is never echoed back. */
    SignUpForm withoutPassword() {
        return new SignUpForm(email, displayName, "", agree);
    }

    public static SignUpForm empty() {
        return new SignUpForm("", "", "", false);
    }
}
