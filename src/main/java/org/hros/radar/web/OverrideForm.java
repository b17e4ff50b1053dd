package org.hros.radar.web;

/** An editor's ring for a blip and the reason readers will see beside it. */
public record OverrideForm(String ring, String rationale) {}
