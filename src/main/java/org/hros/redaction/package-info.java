/**
 * The redaction assistant: finds what could identify the author of a case, or the organisation they write
 * about, before the case is shared — e-mail addresses, phone numbers, links, social handles, the author's own
 * name and company, other people's names, company names, and details that identify together (an exact headcount
 * with a city, a named launch with its date). Each finding comes with a neutral replacement, and the whole text
 * with an identifiability rating and its reasons.
 *
 * <p>This package is the module's API: {@link org.hros.redaction.RedactionScanner} and the records it hands
 * out. The scanner combines rules and shipped word lists under {@code redaction/} with a named-entity model
 * (Stanford CoreNLP's CRF classifier) that runs in process, loaded once in the background; without the model the
 * rules run alone. No network, no look-ups in other modules: callers pass the author's identity (with their
 * headline) and the companies members work for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Redaction assistant")
package org.hros.redaction;
