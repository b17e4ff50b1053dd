package org.hros.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider account (issuer and subject) that logs in as a member. */
@Entity
@Table(name = "member_provider_link")
class ProviderLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;
    private String registration;
    private String issuer;
    private String subject;
    private Instant linkedAt;
    private Instant lastUsedAt;

    protected ProviderLink() {}

    ProviderLink(long memberId, String registration, String issuer, String subject, Instant now) {
        this.memberId = memberId;
        this.registration = registration;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = now;
        this.lastUsedAt = now;
    }

    Long id() {
        return id;
    }

    long memberId() {
        return memberId;
    }

    void used(String registration, Instant now) {
        // An operator may rename a provider's registration; the link follows the issuer, and shows the new name.
        this.registration = registration;
        this.lastUsedAt = now;
    }

    ProviderLinkView view() {
        return new ProviderLinkView(id, registration, linkedAt, lastUsedAt);
    }
}
