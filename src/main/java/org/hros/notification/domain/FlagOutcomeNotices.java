package org.hros.notification.domain;

import java.util.List;
import java.util.Locale;
import org.hros.moderation.FlagsDecided;
import org.hros.notification.NoticeCategory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each member who flagged an item what the editors decided and why, as they chose to hear of it. The notice
 * names the item, never its author; a hidden item's notice links to the notices page, not to a page that is gone.
 */
@Component
class FlagOutcomeNotices {

    private final Notices notices;
    private final MessageSource messages;

    FlagOutcomeNotices(Notices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(FlagsDecided decided) {
        Locale locale = Locale.ENGLISH;
        String kind = messages.getMessage("flag.kind." + decided.type().name(), null, locale);
        String text = messages.getMessage(
                "notice.flagOutcome." + decided.outcome().name(),
                new Object[] {kind, decided.title(), decided.reason()},
                locale);
        String link = decided.link() == null ? "/notifications" : decided.link();
        List<NoticeDraft> drafts = decided.flaggerIds().stream()
                .sorted()
                .map(flagger -> new NoticeDraft(
                        NoticeCategory.FLAG_OUTCOMES,
                        flagger,
                        NoticeCategory.FLAG_OUTCOMES.name() + ":" + decided.type() + ":" + decided.itemId() + ":"
                                + decided.decisionId() + ":" + flagger,
                        text,
                        link))
                .toList();
        notices.deliver(drafts);
    }
}
