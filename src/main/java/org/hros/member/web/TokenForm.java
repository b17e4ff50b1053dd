package org.hros.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Naming a new personal access token. */
public record TokenForm(
        @NotBlank(message = "{token.name.required}") @Size(max = 60, message = "{token.name.tooLong}")
        String name) {}
