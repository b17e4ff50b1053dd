package org.hros.vocabulary.web;

/** A topic on the topics page: its slug, label, description and how many published cases carry it. */
public record TopicSummary(String slug, String label, String description, long cases) {}
