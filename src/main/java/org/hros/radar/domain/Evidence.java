package org.hros.radar.domain;

/**
 * What the community has said about one blip.
 *
 * @param cases published cases on it
 * @param successes, mixed, failures those cases by outcome
 * @param recentCases those first published in the last twelve months
 * @param helpful their "this helped" reactions
 * @param openRequests requests on it still waiting for an answer
 */
public record Evidence(
        int cases, int successes, int mixed, int failures, int recentCases, long helpful, int openRequests) {

    public static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, 0, 0);
}
