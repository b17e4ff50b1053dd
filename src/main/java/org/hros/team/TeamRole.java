package org.hros.team;

/** What a member may do in a team: the lead and co-leads assign tracks, invite, remove and see the dashboard. */
public enum TeamRole {
    LEAD,
    CO_LEAD,
    MEMBER;

    /** Whether this role runs the team (the lead or a co-lead). */
    public boolean leads() {
        return this != MEMBER;
    }

    public String messageKey() {
        return "team.role." + name();
    }
}
