package org.rematch.profiles.mentee;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.OptionalLong;
import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.kit.security.CurrentUser;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.account.Accounts;
import org.rematch.profiles.core.MenteePath;
import org.rematch.profiles.core.VersionTag;
import org.rematch.profiles.web.InvalidRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A mentee's own path profile. The mentee id is the token's subject: there is no path parameter, so no endpoint can
 * read or change another mentee's profile. Every answer carries the profile's version as its ETag; a path update must
 * send it back in If-Match (missing: 428; stale: 409).
 */
@RestController
@RequestMapping("/api/mentees")
@PreAuthorize("hasRole('MENTEE')")
class MenteeController {

    /** Its values do not say what they cause (the joining itself is the forums service's), so the API documentation does. */
    private static final String FORUM_JOINING = "forumJoining: what happens when matching recommends peer forums, "
            + "INVITE (invited to join them; the default, also when left out) or JOIN_AUTOMATICALLY (joined right away)";

    private final Mentees mentees;
    private final Accounts accounts;
    private final Clock clock;

    MenteeController(Mentees mentees, Accounts accounts, Clock clock) {
        this.mentees = mentees;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Describe your path (once); matching starts looking for a mentor", description = FORUM_JOINING)
    ResponseEntity<MenteeView> register(@RequestBody MenteePath path, @AuthenticationPrincipal Jwt jwt) {
        MenteePath valid = valid(path);
        if (accounts.findById(jwt.getSubject()).isEmpty()) {
            // an erased person's access token lives on for minutes: it must not bring a profile back
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No account for this token's subject");
        }
        return answer(HttpStatus.CREATED, mentees.register(jwt.getSubject(), displayName(jwt), valid));
    }

    @PutMapping("/me")
    @Operation(summary = "Change your path; send the ETag of the profile you changed in If-Match", description = FORUM_JOINING)
    ResponseEntity<MenteeView> update(@RequestBody MenteePath path,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        MenteePath valid = valid(path);
        mentees.find(jwt.getSubject()).orElseThrow(Mentees::noProfile);
        if (ifMatch == null) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the ETag of your profile (GET /api/mentees/me) in If-Match, so a stale change cannot overwrite a newer one");
        }
        Mentee updated = mentees.update(jwt.getSubject(), CurrentUser.of(jwt).displayName().orElse(null), valid,
                version(ifMatch));
        return answer(HttpStatus.OK, updated);
    }

    @PutMapping("/me/status")
    @Operation(summary = "Choose your status: SEEKING, PAUSED, WITHDRAWN or MATCHED (If-Match optional)")
    ResponseEntity<MenteeView> changeStatus(@RequestBody StatusRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        if (request.status() == null) {
            throw new InvalidRequest(Map.of("status", "must be one of SEEKING, PAUSED, WITHDRAWN, MATCHED"));
        }
        OptionalLong expected = ifMatch == null ? OptionalLong.empty() : OptionalLong.of(version(ifMatch));
        return answer(HttpStatus.OK, mentees.changeStatus(jwt.getSubject(), request.status(), expected));
    }

    @GetMapping("/me")
    @Operation(summary = "Your path profile, with its version as ETag")
    ResponseEntity<MenteeView> me(@AuthenticationPrincipal Jwt jwt) {
        return answer(HttpStatus.OK, mentees.find(jwt.getSubject()).orElseThrow(Mentees::noProfile));
    }

    private MenteePath valid(MenteePath path) {
        Map<String, String> problems = path.problems(Year.now(clock).getValue());
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return path.withDefaults();
    }

    private static long version(String ifMatch) {
        return VersionTag.parse(ifMatch).orElseThrow(() -> new InvalidRequest(Map.of(HttpHeaders.IF_MATCH,
                "must be the profile's ETag, e.g. \"3\"")));
    }

    private static ResponseEntity<MenteeView> answer(HttpStatus status, Mentee mentee) {
        return ResponseEntity.status(status).eTag(VersionTag.of(mentee.version())).body(MenteeView.of(mentee));
    }

    /** The token's name claim; for tokens without one (an external issuer), the account's display name. */
    private String displayName(Jwt jwt) {
        return CurrentUser.of(jwt).displayName()
                .orElseGet(() -> accounts.findById(jwt.getSubject()).map(Account::displayName).orElse(jwt.getSubject()));
    }
}
