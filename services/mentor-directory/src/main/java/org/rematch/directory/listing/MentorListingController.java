package org.rematch.directory.listing;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.rematch.directory.listing.domain.ListingSearch;
import org.rematch.kit.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mentors")
class MentorListingController {

    private final MentorListingService service;

    MentorListingController(MentorListingService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "List yourself as a mentor (once; MENTOR role)")
    ResponseEntity<MentorListingView> create(@Valid @RequestBody ListingRequest request, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser mentor = CurrentUser.of(jwt);
        MentorListingView created = service.list(mentor.accountId(), mentor.displayName().orElse(null), request);
        return ResponseEntity.created(URI.create("/api/mentors/" + created.mentorId())).body(created);
    }

    @PutMapping("/me")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Change your listing (MENTOR role); raises its version")
    MentorListingView update(@Valid @RequestBody ListingRequest request, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser mentor = CurrentUser.of(jwt);
        return service.revise(mentor.accountId(), mentor.displayName().orElse(null), request);
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Your own listing, with its version (MENTOR role)")
    MentorListingView mine(@AuthenticationPrincipal Jwt jwt) {
        return service.mine(CurrentUser.of(jwt).accountId());
    }

    @GetMapping
    @Operation(summary = "Search the directory by specialty and country (both optional, case-insensitive codes)")
    List<PublicListing> search(@RequestParam(required = false) String specialty, @RequestParam(required = false) String country) {
        return service.search(ListingSearch.of(specialty, country));
    }

    @GetMapping("/{mentorId}")
    @Operation(summary = "One mentor's listing")
    PublicListing one(@PathVariable String mentorId) {
        return service.one(mentorId);
    }

    @ExceptionHandler(ListingSearch.InvalidFilter.class)
    ProblemDetail invalidFilter(ListingSearch.InvalidFilter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request: " + e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
        return problem;
    }
}
