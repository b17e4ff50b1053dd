package org.hros.member.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hros.member.MemberLoggedInWithProvider;
import org.hros.member.MemberRole;
import org.hros.platform.HrosProperties;
import org.hros.shared.ConflictException;
import org.hros.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members who log in through their company's OpenID Connect provider. A provider account is found by its issuer
 * and subject once linked; before that, only an address the provider says it verified may link it to an existing
 * member or open a new account, because an unverified address could be anyone's.
 */
@Service
public class ProviderAccounts {

    private final MemberRepository members;
    private final MemberService memberService;
    private final ProviderLinkRepository links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean ssoOnly;

    ProviderAccounts(
            MemberRepository members,
            MemberService memberService,
            ProviderLinkRepository links,
            ApplicationEventPublisher events,
            Clock clock,
            HrosProperties hrosProperties) {
        this.members = members;
        this.memberService = memberService;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.ssoOnly = hrosProperties.auth().ssoOnly();
    }

    /**
     * Signs a provider's user in: by their link if there is one; else by their verified address, linking the
     * provider account to the member with that address or opening an account for a newcomer. A suspended member is
     * refused after the link is made, exactly as a right password is refused.
     */
    @Transactional
    public ProviderLogInOutcome logIn(ProviderIdentity identity) {
        Instant now = clock.instant();
        Optional<ProviderLink> link = links.findByIssuerAndSubject(identity.issuer(), identity.subject());
        Member member;
        boolean joined = false;
        boolean linked = false;
        if (link.isPresent()) {
            link.get().used(identity.registration(), now);
            member = members.findById(link.get().memberId()).orElseThrow();
        } else {
            if (!identity.hasVerifiedEmail() || !plausibleAddress(identity.email())) {
                return new ProviderLogInOutcome.AddressNotVerified();
            }
            Optional<Member> existing = members.findByEmail(MemberService.normalise(identity.email()));
            joined = existing.isEmpty();
            member = existing.orElseGet(
                    () -> memberService.joinThroughProvider(identity.email(), displayName(identity)));
            // The provider verified the address, which is as good as the mail's link.
            member.verifyEmail(now);
            links.save(
                    new ProviderLink(member.id(), identity.registration(), identity.issuer(), identity.subject(), now));
            linked = true;
        }
        if (member.suspended(now)) {
            return new ProviderLogInOutcome.Suspended(member.email());
        }
        events.publishEvent(new MemberLoggedInWithProvider(member.id(), identity.providerName(), joined, linked));
        return new ProviderLogInOutcome.SignedIn(member.principal(now), joined);
    }

    /**
     * Links a provider account to a member who is logged in and asked for it, whatever address the provider has for
     * them: the member proved who they are to HROS and to the provider in one session. A provider account already
     * linked to another member stays theirs.
     */
    @Transactional
    public ProviderLogInOutcome linkTo(long memberId, ProviderIdentity identity) {
        Instant now = clock.instant();
        Member member = members.findForUpdate(memberId).orElseThrow(() -> new NotFoundException("No such member"));
        Optional<ProviderLink> link = links.findByIssuerAndSubject(identity.issuer(), identity.subject());
        if (link.isPresent() && link.get().memberId() != memberId) {
            return new ProviderLogInOutcome.LinkedElsewhere();
        }
        if (member.suspended(now)) {
            return new ProviderLogInOutcome.Suspended(member.email());
        }
        if (link.isPresent()) {
            link.get().used(identity.registration(), now);
        } else {
            links.save(new ProviderLink(memberId, identity.registration(), identity.issuer(), identity.subject(), now));
        }
        events.publishEvent(new MemberLoggedInWithProvider(memberId, identity.providerName(), false, link.isEmpty()));
        return new ProviderLogInOutcome.SignedIn(member.principal(now), false);
    }

    /** The providers linked to a member, oldest first. */
    @Transactional(readOnly = true)
    public List<ProviderLinkView> links(long memberId) {
        return links.findByMemberIdOrderByLinkedAt(memberId).stream()
                .map(ProviderLink::view)
                .toList();
    }

    /** How a member can log in, for their settings. */
    @Transactional(readOnly = true)
    public SignInMethods methods(long memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> new NotFoundException("No such member"));
        List<ProviderLinkView> linked = links(memberId);
        return new SignInMethods(member.hasPassword(), passwordCounts(member), linked, ways(member) > 1);
    }

    /** The link of this member's, for the confirmation page; a link of someone else's does not exist. */
    @Transactional(readOnly = true)
    public ProviderLinkView link(long memberId, long linkId) {
        return links.findByIdAndMemberId(linkId, memberId)
                .map(ProviderLink::view)
                .orElseThrow(() -> new NotFoundException("No such link"));
    }

    /**
     * Removes a linked provider. The last way a member has to log in is never removed: they would be locked out
     * of their own account.
     *
     * @throws NotFoundException when the link is not the member's
     * @throws ConflictException when it is their last way to log in
     */
    @Transactional
    public void unlink(long memberId, long linkId) {
        // The member row is locked so that two removals at once cannot both see a second way to log in.
        Member member = members.findForUpdate(memberId).orElseThrow(() -> new NotFoundException("No such member"));
        ProviderLink link =
                links.findByIdAndMemberId(linkId, memberId).orElseThrow(() -> new NotFoundException("No such link"));
        if (ways(member) <= 1) {
            throw new ConflictException("The last way to log in cannot be removed");
        }
        links.delete(link);
    }

    private long ways(Member member) {
        return links.countByMemberId(member.id()) + (passwordCounts(member) ? 1 : 0);
    }

    /** In SSO-only mode a password opens nothing, except an admin's break-glass log-in. */
    private boolean passwordCounts(Member member) {
        return member.hasPassword() && (!ssoOnly || member.role() == MemberRole.ADMIN);
    }

    private static boolean plausibleAddress(String email) {
        String address = email.strip();
        int at = address.indexOf('@');
        return address.length() <= 254
                && at > 0
                && at == address.lastIndexOf('@')
                && at < address.length() - 1
                && address.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /** The provider's name for the person, else the part of their address before the {@code @}. */
    private static String displayName(ProviderIdentity identity) {
        String name = identity.name() == null
                ? ""
                : identity.name().replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = identity.email()
                    .strip()
                    .substring(0, identity.email().strip().indexOf('@'));
        }
        name = name.length() > 80 ? name.substring(0, 80).strip() : name;
        return name.isEmpty() ? identity.email().toLowerCase(Locale.ROOT) : name;
    }

    /**
     * How a member can log in.
     *
     * @param hasPassword whether they have a password at all
     * @param passwordCounts whether it opens their account here (not in SSO-only mode, unless they are an admin)
     * @param canRemoveLinks whether removing one link would leave them another way in
     */
    public record SignInMethods(
            boolean hasPassword, boolean passwordCounts, List<ProviderLinkView> links, boolean canRemoveLinks) {}
}
