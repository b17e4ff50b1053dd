package org.hros.casestudy.domain;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The case listing, {@code hros.listing.*}.
 *
 * @param facetCounts where the listing's facet counts come from: the search index ({@code index}), or grouped in
 *     SQL over the published revisions as before the index counted ({@code sql})
 */
@ConfigurationProperties("hros.listing")
@Validated
public record ListingProperties(
        @DefaultValue("index") @NotNull FacetCounts facetCounts) {

    public enum FacetCounts {
        INDEX,
        SQL
    }
}
