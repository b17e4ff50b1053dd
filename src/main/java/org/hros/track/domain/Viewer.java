package org.hros.track.domain;

import org.hros.member.MemberPrincipal;

/** Who is asking: nobody ({@code id} null), a member, or an editor (editors and admins). */
public record Viewer(Long id, boolean editor) {

    public static Viewer of(MemberPrincipal me) {
        return me == null ? new Viewer(null, false) : new Viewer(me.id(), me.isEditor() || me.isAdmin());
    }

    boolean signedIn() {
        return id != null;
    }

    boolean is(Long memberId) {
        return id != null && id.equals(memberId);
    }
}
