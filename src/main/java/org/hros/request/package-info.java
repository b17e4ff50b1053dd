/**
 * The community agenda: members say what they need as requests, vote and follow them, offer their own experience,
 * and editors bring answering cases to life. This package is the module's API: its events carry everything a
 * listener needs, including who is to be told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community agenda")
package org.hros.request;
