package org.hros.member.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A form that asks for an address only: password reset, resending the verification link. */
public record EmailForm(
        @NotBlank(message = "{signup.email.required}")
        @Email(message = "{signup.email.invalid}")
        @Size(max = 254, message = "{signup.email.tooLong}")
        String email) {}
