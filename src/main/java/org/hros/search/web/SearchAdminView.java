package org.hros.search.web;

import org.hros.search.domain.indexing.IndexMaintenance;

/**
 * The search administration page.
 *
 * @param synonymsErrorKey the message for refused synonyms, else {@code null}
 */
public record SearchAdminView(
        IndexMaintenance.Status status, String synonyms, int shippedGroups, String synonymsErrorKey) {}
