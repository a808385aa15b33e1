package org.rematch.gateway.session;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.rematch.gateway.session.ProfilesAuth.Credentials;
import org.rematch.gateway.session.ProfilesAuth.Issued;
import org.rematch.gateway.session.ProfilesAuth.Refused;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app's session: the browser's script holds the access token in memory only, and the refresh token lives in
 * an HttpOnly cookie ({@link RefreshCookie}) that only these endpoints read, so a script injected into the page can
 * steal neither from storage. Sign-in and refresh go through profiles' auth API; the refresh token never appears in
 * a body the script sees. Every answer it makes is {@code Cache-Control: no-store}, so no cache keeps a token.
 */
@RestController
@RequestMapping(RefreshCookie.PATH)
class WebSessionController {

    private final ProfilesAuth profiles;
    private final RefreshCookie cookie;
    private final SameOrigin sameOrigin;

    WebSessionController(ProfilesAuth profiles, RefreshCookie cookie, SameOrigin sameOrigin) {
        this.profiles = profiles;
        this.cookie = cookie;
        this.sameOrigin = sameOrigin;
    }

    /** Signs in with email and password: 200 with the access token and the cookie set, else profiles' refusal. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> signIn(@RequestBody Credentials credentials, HttpServletRequest request) {
        sameOrigin.require(request);
        return switch (profiles.signIn(credentials, request)) {
            case Issued issued -> signedIn(issued);
            case Refused refused -> refused.passedOn();
        };
    }

    /**
     * A new access token for the cookie's refresh token, which profiles rotates: the cookie then holds the next one. A
     * token profiles refuses (expired, revoked, reused) ends the session: the cookie is cleared and the answer is 401.
     */
    @PostMapping("/refresh")
    ResponseEntity<?> refresh(HttpServletRequest request) {
        sameOrigin.require(request);
        Optional<String> refreshToken = cookie.read(request);
        if (refreshToken.isEmpty()) {
            return notSignedIn("Not signed in: this browser holds no Rematch session");
        }
        return switch (profiles.refresh(refreshToken.get(), request)) {
            case Issued issued -> signedIn(issued);
            case Refused refused when refused.status().value() == 400 || refused.status().value() == 401 ->
                    notSignedIn("The session has ended; sign in again");
            case Refused refused -> refused.passedOn();
        };
    }

    /** Signs out: revokes the cookie's refresh token if there is one, and clears the cookie whatever happens. */
    @DeleteMapping
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        sameOrigin.require(request);
        cookie.read(request).ifPresent(refreshToken -> profiles.logout(refreshToken, request));
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, cookie.cleared().toString())
                .build();
    }

    private ResponseEntity<Tokens.AccessToken> signedIn(Issued issued) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, cookie.holding(issued.tokens().refreshToken()).toString())
                .body(issued.tokens().forScript());
    }

    /** 401, clearing the cookie: whatever it held (nothing, or a token profiles refused) will never work again. */
    private ResponseEntity<ProblemDetail> notSignedIn(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Not signed in");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, cookie.cleared().toString())
                .body(problem);
    }
}
