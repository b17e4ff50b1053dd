package org.hros.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessionView;
import org.hros.session.domain.SessionTimes;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * Scheduling or changing a session. The start is typed in the editor's own time zone and stored as an instant.
 *
 * <p>Every component is text, so that a value no one could have chosen still builds the form and comes back as a
 * field error rather than leaving the handler without a form.
 *
 * @param bornFromRequestId the id of the request the session answers, or blank
 * @param hosts members' handles, separated by commas
 * @param topics the names of the topics chosen
 */
public record LiveSessionForm(
        @NotBlank(message = "{session.kind.required}")
        @Pattern(regexp = "TALK|CLINIC|RECORDING", message = "{session.kind.required}")
        String kind,

        @NotBlank(message = "{session.title.required}") @Size(max = 160, message = "{session.title.tooLong}")
        String title,

        @NotBlank(message = "{session.summary.required}") @Size(max = 5000, message = "{session.summary.tooLong}")
        String summary,

        @NotBlank(message = "{session.startsAt.required}")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", message = "{session.startsAt.invalid}")
        String startsAt,

        @NotBlank(message = "{session.duration.required}")
        @Pattern(regexp = "\\d{1,4}", message = "{typeMismatch.java.lang.Integer}")
        String durationMinutes,

        @NotBlank(message = "{session.capacity.required}")
        @Pattern(regexp = "\\d{1,6}", message = "{typeMismatch.java.lang.Integer}")
        String capacity,

        @Size(max = 500, message = "{session.placeUrl.invalid}")
        @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{session.placeUrl.invalid}")
        String placeUrl,

        @Size(max = 200, message = "{session.venue.tooLong}")
        String venue,

        @Pattern(regexp = "^$|\\d{1,18}", message = "{session.request.unknown}")
        String bornFromRequestId,

        @NotBlank(message = "{session.hosts.required}") @Size(max = 500, message = "{session.hosts.unknown}")
        String hosts,

        List<String> topics) {

    static LiveSessionForm blank(Long requestId, String title, String myHandle) {
        return new LiveSessionForm(
                SessionKind.TALK.name(),
                title,
                "",
                "",
                "60",
                "50",
                "",
                "",
                requestId == null ? null : String.valueOf(requestId),
                myHandle,
                List.of());
    }

    static LiveSessionForm of(LiveSessionView s, List<String> hostHandles, ZoneId zone) {
        return new LiveSessionForm(
                s.kind().name(),
                s.title(),
                s.summary(),
                SessionTimes.local(s.startsAt(), zone),
                String.valueOf(s.durationMinutes()),
                String.valueOf(s.capacity()),
                s.placeUrl() == null ? "" : s.placeUrl(),
                s.venue() == null ? "" : s.venue(),
                s.bornFrom() == null ? null : String.valueOf(s.bornFrom().id()),
                String.join(", ", hostHandles),
                s.topics().stream().map(Topic::slug).toList());
    }

    /** Checks what annotations cannot: the ranges of the numbers, the topics' names, and that a place is given. */
    void checkRanges(org.springframework.validation.BindingResult result) {
        if (!result.hasFieldErrors("topics")
                && topics != null
                && !topics.stream().allMatch(LiveSessionForm::isTopic)) {
            result.rejectValue("topics", "typeMismatch");
        }
        if (!result.hasFieldErrors("durationMinutes") && !between(durationMinutes, 5, 720)) {
            result.rejectValue("durationMinutes", "session.duration.range");
        }
        if (!result.hasFieldErrors("capacity") && !between(capacity, 1, 100_000)) {
            result.rejectValue("capacity", "session.capacity.range");
        }
        if (!hasPlace() && !result.hasFieldErrors("placeUrl")) {
            result.rejectValue("placeUrl", "session.place.required");
        }
    }

    private static boolean between(String number, int min, int max) {
        if (number == null || !number.matches("\\d{1,9}")) {
            return false;
        }
        int value = Integer.parseInt(number);
        return value >= min && value <= max;
    }

    /** The kind chosen, for the form's radio buttons. */
    public SessionKind kindChosen() {
        return kind == null || !kind.matches("TALK|CLINIC|RECORDING") ? null : SessionKind.valueOf(kind);
    }

    /** Whether the form names a place: an address to join or a venue. */
    boolean hasPlace() {
        return (placeUrl != null && !placeUrl.isBlank()) || (venue != null && !venue.isBlank());
    }

    LiveSessionCommand command(ZoneId zone) {
        return new LiveSessionCommand(
                SessionKind.valueOf(kind),
                title,
                summary,
                LocalDateTime.parse(startsAt).atZone(zone).toInstant(),
                Integer.parseInt(durationMinutes),
                Integer.parseInt(capacity),
                placeUrl,
                venue,
                requestId(),
                Arrays.stream(hosts.split(","))
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList(),
                topicSet());
    }

    /** The request the session answers, if the form names one. */
    public Long requestId() {
        return bornFromRequestId == null || !bornFromRequestId.matches("\\d{1,18}")
                ? null
                : Long.valueOf(bornFromRequestId);
    }

    /** The topics chosen; names that are no topic are left out (and reported by {@link #checkRanges}). */
    public Set<Topic> topicSet() {
        Set<Topic> chosen = new TreeSet<>();
        if (topics != null) {
            topics.stream()
                    .map(slug -> Vocabulary.fromSlug(Topic.class, slug))
                    .flatMap(Optional::stream)
                    .forEach(chosen::add);
        }
        return chosen;
    }

    /** A topic of the list; a retired one too, which the sessions refuse unless the session already had it. */
    private static boolean isTopic(String slug) {
        return Vocabulary.fromSlug(Topic.class, slug).isPresent();
    }
}
