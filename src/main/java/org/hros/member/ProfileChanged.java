package org.hros.member;

import org.hros.shared.PublicPagesChanged;

/** A member edited their profile: their public profile, and the cases credited to them by name, read differently. */
public record ProfileChanged(long memberId) implements PublicPagesChanged {}
