package org.hros.vocabulary.web;

/** The word to merge into, as chosen on the merge page. */
public record MergeForm(String into) {}
