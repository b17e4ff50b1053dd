/**
 * The home page and the welcome of new members. The home page puts the cases and requests on a member's topics
 * first and marks what is new since their previous visit; the welcome, offered once after the first log-in, lets a
 * member choose their topics and skills, follow requests on them and find circles.
 *
 * <p>Depends on the APIs of the member module (interests, visits), the case library and the community agenda; it
 * owns no data of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home and welcome")
package org.hros.home;
