package org.hros.shared;

/**
 * What another module may know of a public subject: its title and the path of its page. Nothing about who wrote it.
 */
public record SubjectInfo(SubjectRef ref, String title, String path) {}
