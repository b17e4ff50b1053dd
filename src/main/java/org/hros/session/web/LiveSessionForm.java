package org.hros.session.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessionView;
import org.hros.session.domain.SessionTimes;
import org.hros.shared.Topic;

/**
 * Scheduling or changing a session. The start is typed in the editor's own time zone and stored as an instant.
 *
 * @param hosts members' handles, separated by commas
 */
public record LiveSessionForm(
        @NotNull(message = "{session.kind.required}") SessionKind kind,

        @NotBlank(message = "{session.title.required}") @Size(max = 160, message = "{session.title.tooLong}")
        String title,

        @NotBlank(message = "{session.summary.required}") @Size(max = 5000, message = "{session.summary.tooLong}")
        String summary,

        @NotBlank(message = "{session.startsAt.required}")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", message = "{session.startsAt.invalid}")
        String startsAt,

        @NotNull(message = "{session.duration.required}")
        @Min(value = 5, message = "{session.duration.range}")
        @Max(value = 720, message = "{session.duration.range}")
        Integer durationMinutes,

        @NotNull(message = "{session.capacity.required}")
        @Min(value = 1, message = "{session.capacity.range}")
        @Max(value = 100000, message = "{session.capacity.range}")
        Integer capacity,

        @Size(max = 500, message = "{session.placeUrl.invalid}")
        @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{session.placeUrl.invalid}")
        String placeUrl,

        @Size(max = 200, message = "{session.venue.tooLong}")
        String venue,

        Long bornFromRequestId,

        @NotBlank(message = "{session.hosts.required}") @Size(max = 500, message = "{session.hosts.unknown}")
        String hosts,

        List<Topic> topics) {

    static LiveSessionForm blank(Long requestId, String title, String myHandle) {
        return new LiveSessionForm(SessionKind.TALK, title, "", "", 60, 50, "", "", requestId, myHandle, List.of());
    }

    static LiveSessionForm of(LiveSessionView s, List<String> hostHandles, ZoneId zone) {
        return new LiveSessionForm(
                s.kind(),
                s.title(),
                s.summary(),
                SessionTimes.local(s.startsAt(), zone),
                s.durationMinutes(),
                s.capacity(),
                s.placeUrl() == null ? "" : s.placeUrl(),
                s.venue() == null ? "" : s.venue(),
                s.bornFrom() == null ? null : s.bornFrom().id(),
                String.join(", ", hostHandles),
                List.copyOf(s.topics()));
    }

    /** Whether the form names a place: an address to join or a venue. */
    boolean hasPlace() {
        return (placeUrl != null && !placeUrl.isBlank()) || (venue != null && !venue.isBlank());
    }

    LiveSessionCommand command(ZoneId zone) {
        return new LiveSessionCommand(
                kind,
                title,
                summary,
                LocalDateTime.parse(startsAt).atZone(zone).toInstant(),
                durationMinutes,
                capacity,
                placeUrl,
                venue,
                bornFromRequestId,
                Arrays.stream(hosts.split(","))
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList(),
                topicSet());
    }

    public Set<Topic> topicSet() {
        return topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
    }
}
