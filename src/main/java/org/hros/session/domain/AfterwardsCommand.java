package org.hros.session.domain;

import java.util.List;

/** What an editor records after a session: the recording, notes (Markdown), and what it covered. */
public record AfterwardsCommand(String recordingUrl, String notes, List<Long> caseIds, List<Long> requestIds) {}
