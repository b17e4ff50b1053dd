package org.hros.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Confirming an address from the link in the verification mail; the token is the link's secret. */
public record VerifyForm(
        @NotBlank(message = "{verified.failed.text}") @Size(max = 100, message = "{verified.failed.text}")
        String token) {}
