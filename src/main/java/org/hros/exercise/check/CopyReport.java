package org.hros.exercise.check;

/** A copywriting attempt's text measures next to those of the starting material. */
public record CopyReport(TextMeasures before, TextMeasures after) {}
