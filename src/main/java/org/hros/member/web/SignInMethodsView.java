package org.hros.member.web;

import java.util.List;

/**
 * How a member can log in, for their settings.
 *
 * @param hasPassword whether they have a password
 * @param passwordCounts whether it opens their account (not while members log in only through the provider,
 *     except for admins)
 */
public record SignInMethodsView(
        boolean hasPassword,
        boolean passwordCounts,
        List<ProviderLinkLineView> links,
        List<ProviderButtonView> providers) {}
