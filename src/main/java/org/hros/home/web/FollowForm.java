package org.hros.home.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** The welcome's second step: the requests on a member's topics they choose to follow. */
public record FollowForm(
        @Size(max = 50, message = "{welcome.follow.invalid}")
        List<Long> requests) {

    List<Long> chosen() {
        return requests == null
                ? List.of()
                : requests.stream().filter(Objects::nonNull).toList();
    }
}
