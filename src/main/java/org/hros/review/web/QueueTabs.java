package org.hros.review.web;

/** The queue's two views: every submission waiting, or those the signed-in editor has claimed, with their sizes. */
public record QueueTabs(boolean onlyMine, int all, int mine) {}
