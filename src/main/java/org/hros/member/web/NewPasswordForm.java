package org.hros.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Choosing a new password from a reset link. */
public record NewPasswordForm(
        @NotBlank String token,

        @NotBlank(message = "{signup.password.required}") @Size(min = 12, max = 200, message = "{signup.password.size}")
        String password) {}
