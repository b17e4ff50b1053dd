package org.hros.casestudy.web;

import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.domain.DraftView;

/**
 * A change that would show readers more of the author of a published case, waiting for the author's
 * explicit confirmation.
 */
public record AttributionChangeView(DraftView draft, AttributionMode requested, String roleDescriptor) {}
