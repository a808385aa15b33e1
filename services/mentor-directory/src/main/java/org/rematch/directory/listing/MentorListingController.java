package org.rematch.directory.listing;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rematch.directory.listing.domain.InvalidInput;
import org.rematch.directory.listing.domain.ListingSearch;
import org.rematch.contracts.accounts.Role;
import org.rematch.kit.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mentors")
class MentorListingController {

    /** A strong or weak entity tag holding a version: "3" or W/"3". */
    private static final Pattern VERSION_TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private final MentorListingService service;

    MentorListingController(MentorListingService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "List yourself as a mentor (once; MENTOR role); answers with the ETag of version 1")
    ResponseEntity<MentorListingView> create(@RequestBody ListingRequest request, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser mentor = CurrentUser.of(jwt);
        MentorListingView created = service.list(mentor.accountId(), mentor.displayName().orElse(null), request);
        return ResponseEntity.created(URI.create("/api/mentors/" + created.mentorId())).eTag(etag(created)).body(created);
    }

    @PutMapping("/me")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Replace your listing (MENTOR role); If-Match with the listing's ETag is required (428 without, 409 when stale)")
    ResponseEntity<MentorListingView> update(@RequestBody ListingRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser mentor = CurrentUser.of(jwt);
        return withEtag(service.revise(mentor.accountId(), mentor.displayName().orElse(null), request, version(ifMatch)));
    }

    @PutMapping("/me/availability")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Accept mentees, stop, or pause until a date (MENTOR role); If-Match optional (409 when stale)")
    ResponseEntity<MentorListingView> availability(@RequestBody AvailabilityRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return withEtag(service.changeAvailability(CurrentUser.of(jwt).accountId(), request, version(ifMatch)));
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Your own listing, with its version (also the ETag) (MENTOR role)")
    ResponseEntity<MentorListingView> mine(@AuthenticationPrincipal Jwt jwt) {
        return withEtag(service.mine(CurrentUser.of(jwt).accountId()));
    }

    @GetMapping
    @Operation(summary = "Search the directory: filters specialty, country, topic, language, visaPath (each repeatable or "
            + "comma-separated; any of), alternativeCareer, hasCapacity (true/false); sort relevance|newest|match (match: a "
            + "mentee's own match scores, best first, each item with its matchScore); page (from 0), size (1-50)")
    DirectoryPage search(@RequestParam(required = false) List<String> specialty,
            @RequestParam(required = false) List<String> country,
            @RequestParam(required = false) List<String> topic,
            @RequestParam(required = false) List<String> language,
            @RequestParam(required = false) List<String> visaPath,
            @RequestParam(required = false) String alternativeCareer,
            @RequestParam(required = false) String hasCapacity,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @AuthenticationPrincipal Jwt jwt) {
        ListingSearch search = ListingSearch.parse(specialty, country, topic, language, visaPath, alternativeCareer, hasCapacity,
                sort, page, size);
        if (search.sort() == ListingSearch.Sort.MATCH && !CurrentUser.of(jwt).has(Role.MENTEE)) {
            throw InvalidInput.of("sort", "match orders mentors by your match score as a mentee; only mentees can use it");
        }
        return service.search(search, authorization);
    }

    @GetMapping("/{mentorId}")
    @Operation(summary = "One mentor's listing (public fields)")
    PublicListing one(@PathVariable String mentorId) {
        return service.one(mentorId);
    }

    private static ResponseEntity<MentorListingView> withEtag(MentorListingView view) {
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    private static String etag(MentorListingView view) {
        return "\"" + view.version() + "\"";
    }

    /** The version an If-Match header names; empty without the header. */
    static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        Matcher matcher = VERSION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw InvalidInput.of(HttpHeaders.IF_MATCH, "must be the ETag of your listing, e.g. \"3\"");
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }
}
