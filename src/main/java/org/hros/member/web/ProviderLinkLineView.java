package org.hros.member.web;

import java.time.Instant;
import org.hros.platform.web.ConfirmView;

/** A linked provider on the member's sign-in settings; {@code remove} is {@code null} when it is their last way in. */
public record ProviderLinkLineView(
        long id, String provider, Instant linkedAt, Instant lastUsedAt, ConfirmView remove) {}
