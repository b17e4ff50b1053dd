/**
 * Search and matching: full-text search over the published library with facets, highlighted snippets naming
 * their section, typo tolerance, synonyms of the field, "did you mean", suggestions while typing and related
 * cases.
 *
 * <p>This package is the module's API. The index is built from the module's own documents, kept by listeners
 * on the library's events after commit, and holds nothing about who wrote a case: result cards and their
 * attribution come live from {@link org.hros.casestudy.CaseCatalog}, so a takedown shows at once and an
 * anonymous author can never be found.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.hros.search;
