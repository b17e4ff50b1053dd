package org.hros.notification.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How the member chose to hear of each kind of notice (the default where they never chose), for their export. */
@Component
@Order(70)
class NotificationSettingsData implements PersonalData {

    private final NoticePreferences preferences;

    NotificationSettingsData(NoticePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("settings/notifications.json", "export.file.notificationSettings"));
    }

    @Override
    public void export(long memberId, Archive archive) {
        Map<String, String> choices = new LinkedHashMap<>();
        preferences.of(memberId).forEach((category, delivery) -> choices.put(category.name(), delivery.name()));
        archive.json("settings/notifications.json", choices);
    }
}
