package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;

/** The display name is the token's {@code name} claim (TestTokens cannot issue one yet, so this checks it without HTTP). */
class MentorListingControllerTest {

    @Test
    void theListingTakesItsDisplayNameFromTheTokensNameClaim() {
        MentorListingService service = mock(MentorListingService.class);
        MentorListingView view = new MentorListingView("m-1", 1, "Dr. Bilal Ahmed", "IM", "PK", 2, 3, true, Instant.now(), Instant.now());
        when(service.list(eq("m-1"), eq("Dr. Bilal Ahmed"), any())).thenReturn(view);
        when(service.revise(eq("m-1"), eq("Dr. Bilal Ahmed"), any())).thenReturn(view);
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("m-1")
                .claim("roles", List.of("MENTOR")).claim("name", "Dr. Bilal Ahmed").build();
        ListingRequest request = new ListingRequest("IM", "PK", 2, 3, null);
        MentorListingController controller = new MentorListingController(service);

        ResponseEntity<MentorListingView> created = controller.create(request, jwt);
        controller.update(request, jwt);

        assertThat(created.getBody()).isEqualTo(view);
        verify(service).list("m-1", "Dr. Bilal Ahmed", request);
        verify(service).revise("m-1", "Dr. Bilal Ahmed", request);
    }
}
