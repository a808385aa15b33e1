package org.rematch.matching.conflict;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.rematch.kit.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The calling mentee's conflict-of-interest flags: mentors matching must never pair them with. */
@RestController
@RequestMapping("/api/match/conflicts")
@PreAuthorize("hasRole('MENTEE')")
public class ConflictController {

    public record Conflicts(List<ConflictsOfInterest.Flag> conflicts) {
    }

    private final ConflictsOfInterest conflicts;

    public ConflictController(ConflictsOfInterest conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping
    @Operation(summary = "The mentors the calling mentee flagged a conflict of interest with (MENTEE role)")
    public Conflicts list(@AuthenticationPrincipal Jwt jwt) {
        return new Conflicts(conflicts.of(CurrentUser.of(jwt).accountId()));
    }

    @PutMapping("/{mentorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Flag a conflict of interest with a mentor: never proposed or suggested again, and a proposal "
            + "to them still unanswered is withdrawn (MENTEE role; idempotent; 404 unknown mentor; 409 without a profile)")
    public void flag(@PathVariable String mentorId, @AuthenticationPrincipal Jwt jwt) {
        conflicts.flag(CurrentUser.of(jwt).accountId(), mentorId);
    }

    @DeleteMapping("/{mentorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a conflict-of-interest flag back (MENTEE role; idempotent)")
    public void remove(@PathVariable String mentorId, @AuthenticationPrincipal Jwt jwt) {
        conflicts.remove(CurrentUser.of(jwt).accountId(), mentorId);
    }
}
