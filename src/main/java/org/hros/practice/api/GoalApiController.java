package org.hros.practice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hros.member.MemberPrincipal;
import org.hros.platform.HrosProperties;
import org.hros.practice.domain.GoalCommand;
import org.hros.practice.domain.GoalService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practice goals and check-ins over JSON: the caller's own goals to create, change and delete, and anyone's goals
 * as far as their visibility allows (404 otherwise, as for a goal that does not exist).
 */
@RestController
@Tag(name = "Practice goals", description = "Practice goals with check-ins; visible as their owners chose")
class GoalApiController {

    private final GoalService goals;
    private final String baseUrl;

    GoalApiController(GoalService goals, HrosProperties hrosProperties) {
        this.goals = goals;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping("/api/v1/goals")
    @Operation(summary = "List the caller's own goals")
    List<GoalJson.Summary> listMyGoals(@AuthenticationPrincipal MemberPrincipal me) {
        return goals.myGoals(me.id()).stream().map(GoalJson.Summary::of).toList();
    }

    @PostMapping("/api/v1/goals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set a new goal")
    GoalJson.Created createGoal(@AuthenticationPrincipal MemberPrincipal me, @RequestBody GoalJson.GoalRequest body) {
        return new GoalJson.Created(goals.create(me.id(), command(body)));
    }

    @GetMapping("/api/v1/goals/{goalId:\\d+}")
    @Operation(summary = "Read a goal with its check-ins, if its visibility allows")
    GoalJson.Goal getGoal(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId) {
        return GoalJson.Goal.of(goals.goal(goalId, id(me)), baseUrl);
    }

    @PutMapping("/api/v1/goals/{goalId:\\d+}")
    @Operation(summary = "Replace one of the caller's goals")
    GoalJson.Goal updateGoal(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @RequestBody GoalJson.GoalRequest body) {
        goals.update(goalId, id(me), command(body));
        return GoalJson.Goal.of(goals.goal(goalId, id(me)), baseUrl);
    }

    @DeleteMapping("/api/v1/goals/{goalId:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of the caller's goals with its check-ins")
    void deleteGoal(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId) {
        goals.delete(goalId, id(me));
    }

    @GetMapping("/api/v1/goals/{goalId:\\d+}/check-ins")
    @Operation(summary = "List a goal's check-ins, oldest first, if its visibility allows")
    List<GoalJson.CheckIn> listCheckIns(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId) {
        return goals.goal(goalId, id(me)).checkIns().stream()
                .map(GoalJson.CheckIn::of)
                .toList();
    }

    @PostMapping("/api/v1/goals/{goalId:\\d+}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Check in on one of the caller's goals")
    GoalJson.Created checkIn(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @RequestBody GoalJson.CheckInRequest body) {
        return new GoalJson.Created(goals.checkIn(goalId, id(me), body.note(), body.value()));
    }

    @DeleteMapping("/api/v1/goals/{goalId:\\d+}/check-ins/{checkInId:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a check-in of one of the caller's goals")
    void deleteCheckIn(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId, @PathVariable long checkInId) {
        goals.deleteCheckIn(goalId, checkInId, id(me));
    }

    @GetMapping("/api/v1/members/{handle}/goals")
    @Operation(summary = "List a member's goals that the caller may see")
    List<GoalJson.Summary> listMemberGoals(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String handle) {
        return goals.progress(handle, id(me)).goals().stream()
                .map(GoalJson.Summary::of)
                .toList();
    }

    private GoalCommand command(GoalJson.GoalRequest body) {
        return goals.command(
                body.title(),
                body.description(),
                body.visibility(),
                body.inspiredBy(),
                body.metricUnit(),
                body.metricTarget());
    }

    private static Long id(MemberPrincipal me) {
        return me == null ? null : me.id();
    }
}
