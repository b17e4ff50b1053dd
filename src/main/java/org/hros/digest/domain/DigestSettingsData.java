package org.hros.digest.domain;

import java.util.List;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** When the member's digest comes, for their data export. */
@Component
@Order(71)
class DigestSettingsData implements PersonalData {

    private final DigestPreferences preferences;

    DigestSettingsData(DigestPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("settings/digest.json", "export.file.digestSettings"));
    }

    @Override
    public void export(long memberId, Archive archive) {
        archive.json("settings/digest.json", preferences.choiceOf(memberId));
    }
}
