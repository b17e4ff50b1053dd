package org.hros.platform;

/**
 * Another node published a change that public pages show ({@link org.hros.shared.PublicPagesChanged}), heard
 * through PostgreSQL's notifications. Published on this node just before its page cache forgets its pages, so that
 * whatever else a page is made from and this node keeps (the site's settings, for instance) is forgotten first.
 */
public record PublicPagesChangedElsewhere() {}
