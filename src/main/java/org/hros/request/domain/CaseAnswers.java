package org.hros.request.domain;

import org.hros.casestudy.CasePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Closes the loop: a published case answers the requests it is linked to. */
@Component
class CaseAnswers {

    private final Agenda agenda;

    CaseAnswers(Agenda agenda) {
        this.agenda = agenda;
    }

    @ApplicationModuleListener
    void on(CasePublished event) {
        agenda.casePublished(event.caseId());
    }
}
