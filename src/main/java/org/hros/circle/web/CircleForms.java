package org.hros.circle.web;

import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleService;
import org.hros.circle.domain.CircleViews.MembersPage;

/** The forms of the circle pages. Checks live in the services, so pages and the API give the same answers. */
public final class CircleForms {

    private CircleForms() {}

    /** A circle's name, purpose and rules. */
    public record CircleForm(
            String name, String purpose, Integer sizeLimit, Boolean chathamHouse, Integer noteRetentionDays) {

        static CircleForm blank() {
            return new CircleForm("", "", CircleService.DEFAULT_SIZE, false, null);
        }

        static CircleForm of(MembersPage page) {
            return new CircleForm(
                    page.circleName(), page.purpose(), page.sizeLimit(), page.chathamHouse(), page.noteRetentionDays());
        }

        CircleCommand command() {
            return new CircleCommand(name, purpose, sizeLimit, chathamHouse, noteRetentionDays);
        }

        public boolean chatham() {
            return Boolean.TRUE.equals(chathamHouse);
        }
    }

    /** A new clinic thread: what went wrong, and whether to hide names in this thread. */
    public record ThreadForm(String title, String body, Boolean chathamHouse) {

        static ThreadForm blank() {
            return new ThreadForm("", "", false);
        }

        public boolean chatham() {
            return Boolean.TRUE.equals(chathamHouse);
        }
    }

    /** A reply in a clinic thread. */
    public record PostForm(String body) {}

    /** A short progress post. */
    public record CheckInForm(String text) {}

    /** An address to invite. */
    public record InviteForm(String email) {}

    /** How many days a shareable link works. */
    public record LinkForm(Integer days) {}
}
