package org.hros.operations.domain;

import org.hros.platform.MailQueue;

/** One outbox, named by its message key. */
public record MailQueueView(String labelKey, MailQueue.State state) {}
