package org.hros.review.web;

import jakarta.validation.constraints.Size;

/** A note on a section ({@code section} is its key) or, without a section, on the whole case. */
public record NoteForm(String section, @Size(max = 4000) String body) {}
