package org.rematch.matching.suggestion;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.rematch.kit.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/match")
public class SuggestionController {

    /** The most suggestions one call returns; the directory asks for this many to sort a search by match score. */
    public static final int MAX_LIMIT = 100;

    /** The calling mentee's suggestions, best first. */
    public record Suggestions(List<Suggestion> suggestions) {
    }

    private final MentorSuggestions suggestions;

    public SuggestionController(MentorSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/suggestions")
    @PreAuthorize("hasRole('MENTEE')")
    @Operation(summary = "The mentors the calling mentee could ask now, best same-path score first, with the reasons "
            + "(MENTEE role; limit 1-100, default 5; 409 until matching holds the mentee's profile)")
    public Suggestions suggestions(@RequestParam(defaultValue = "5") @Min(1) @Max(MAX_LIMIT) int limit,
            @AuthenticationPrincipal Jwt jwt) {
        return new Suggestions(suggestions.forMentee(CurrentUser.of(jwt).accountId(), limit));
    }
}
