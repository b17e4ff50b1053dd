package org.hros.track.web;

import java.util.List;
import org.hros.platform.web.ConfirmView;
import org.hros.platform.web.FormView;
import org.hros.shared.PageView;
import org.hros.shared.Skill;
import org.hros.shared.Vocabulary;
import org.hros.track.TrackDesk.AskedSkill;
import org.hros.track.domain.TrackDraft;
import org.hros.track.domain.TrackViews.CertificateView;
import org.hros.track.domain.TrackViews.MyTrack;
import org.hros.track.domain.TrackViews.StepPage;
import org.hros.track.domain.TrackViews.TrackSummary;

/** The models of the track pages. */
public final class TrackPages {

    private TrackPages() {}

    /** The public list: one page of tracks, the skill filter, and the skills members are asking for. */
    public record ListView(PageView<TrackSummary> tracks, Skill skill, List<AskedSkill> asked, List<Skill> myVotes) {

        public List<Skill> skills() {
            return Skill.active();
        }

        public String pagePath(int page) {
            return "/tracks?" + (skill == null ? "" : "skill=" + skill.slug() + "&") + "page=" + page;
        }
    }

    public record ReflectionForm(String text, String share) {}

    public record StepView(StepPage page, FormView<ReflectionForm> form) {

        public String path() {
            return page.track().path() + "/steps/" + page.step().position();
        }

        public String shareValue() {
            return form.values().share() == null ? "private" : form.values().share();
        }
    }

    public record MineView(List<MyTrack> tracks, List<TrackSummary> proposals) {}

    /** The compose form: {@code slug} is null for a new track; {@code rows} step rows are offered. */
    public record ComposeView(String slug, boolean editor, FormView<TrackDraft> form) {

        public String action() {
            return slug == null ? "/tracks" : "/tracks/" + slug + "/edit";
        }

        public int rows() {
            return org.hros.track.domain.TrackDraft.ROWS;
        }

        public String value(List<String> values, int i) {
            return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
        }

        /** The active skills, and the track's own skill even if it was retired since, so an edit keeps it. */
        public List<Skill> skills() {
            String carried = form.values().skill();
            Skill skill = carried == null
                    ? null
                    : Vocabulary.fromSlug(Skill.class, carried.strip()).orElse(null);
            return Vocabulary.offered(Skill.class, skill);
        }
    }

    public record CertificatePage(CertificateView certificate, ConfirmView revoke) {}

    static ConfirmView revoke(CertificateView c) {
        return new ConfirmView(
                "confirm-revoke-certificate",
                "certificate.revoke.title",
                c.trackTitle(),
                List.of("certificate.revoke.gone", "certificate.revoke.again"),
                c.path() + "/revoke",
                "certificate.revoke.submit",
                c.path(),
                "btn--small");
    }
}
