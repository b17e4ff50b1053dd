package org.hros.platform;

/** What the page frame needs to know of the person signed in, whatever module authenticated them. */
public interface SignedInMember {

    long id();

    String displayName();

    String handle();

    boolean isEditor();

    boolean isAdmin();
}
