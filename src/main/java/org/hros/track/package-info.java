/**
 * Tracks: ordered learning paths for one skill. A track is built from published cases, requests with their
 * answers, short texts by its editors and practice exercises; members follow it step by step, write a reflection
 * on each step (private, or shared with one of their circles or teams), and earn a certificate that shows only
 * what they chose. Editors create and publish tracks; any member may propose one built from published cases, which
 * editors review like a case. Members vote for tracks and for skills they want a track on.
 *
 * <p>This package is the module's API: {@link org.hros.track.TrackProgress} lets the exercise module mark
 * exercise steps done, {@link org.hros.track.TrackSamples} loads the demo tracks and
 * {@link org.hros.track.TrackDesk} gives the editors' desk the skills members are asking for. The module implements
 * the team module's {@code TeamTraining}, so that a team's lead assigns tracks and sees the members' progress and
 * the reflections they shared with the team. Cases are read only through the case library's {@code CaseCatalog},
 * so attribution is decided there and a case withdrawn or taken down shows as no longer available.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracks")
package org.hros.track;
