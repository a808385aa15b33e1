package org.rematch.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;
import org.rematch.directory.listing.domain.Availability;
import org.rematch.directory.listing.domain.ExamsDraft;
import org.rematch.directory.listing.domain.InvalidInput;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.ProgramType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The display name is the token's {@code name} claim; the If-Match header becomes the expected version; the request's
 * journey reaches the domain whole.
 */
class MentorListingControllerTest {

    @Test
    void theListingTakesItsDisplayNameFromTheTokensNameClaimAndTheVersionFromIfMatch() {
        MentorListingService service = mock(MentorListingService.class);
        Journey journey = new Journey(Specialty.IM, 2022, "PK", false, 2, false, VisaNeed.J1, null, null, Set.of(),
                CurrentRole.RESIDENT, ProgramType.COMMUNITY, Set.of(HelpTopic.VISA), List.of("en"), "America/Chicago", null, 3);
        MentorListingView view = new MentorListingView("m-1", 1, "Dr. Bilal Ahmed", journey, Availability.ACCEPTING,
                Instant.now(), Instant.now());
        when(service.list(eq("m-1"), eq("Dr. Bilal Ahmed"), any())).thenReturn(view);
        when(service.revise(eq("m-1"), eq("Dr. Bilal Ahmed"), any(), any())).thenReturn(view);
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("m-1")
                .claim("roles", List.of("MENTOR")).claim("name", "Dr. Bilal Ahmed").build();
        ListingRequest request = new ListingRequest(Specialty.IM, 2022, "PK", false, 2, false, VisaNeed.J1, null, null, null,
                CurrentRole.RESIDENT, ProgramType.COMMUNITY, Set.of(HelpTopic.VISA), List.of("en"), "America/Chicago", null, 3,
                null, null);
        MentorListingController controller = new MentorListingController(service);

        ResponseEntity<MentorListingView> created = controller.create(request, jwt);
        ResponseEntity<MentorListingView> updated = controller.update(request, "W/\"1\"", jwt);

        assertThat(created.getBody()).isEqualTo(view);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(updated.getHeaders().getETag()).isEqualTo("\"1\"");
        verify(service).list("m-1", "Dr. Bilal Ahmed", request);
        verify(service).revise("m-1", "Dr. Bilal Ahmed", request, OptionalLong.of(1));
    }

    @Test
    void theRequestHandsTheOptionalGraduationYearAndExamsToTheDomain() {
        ListingRequest told = new ListingRequest(Specialty.IM, 2022, "PK", false, 2, false, VisaNeed.J1, 2016,
                new ExamsDraft(241, 3), null, CurrentRole.RESIDENT, ProgramType.COMMUNITY, Set.of(HelpTopic.VISA), List.of("en"),
                "America/Chicago", null, 3, null, null);

        Journey journey = told.journey().validate(LocalDate.of(2026, 11, 25));

        assertThat(journey.graduationYear()).isEqualTo(2016);
        assertThat(journey.exams()).isEqualTo(new ExamHistory(241, 3));
    }

    @Test
    void ifMatchCarriesAVersionTag() {
        assertThat(MentorListingController.version(null)).isEmpty();
        assertThat(MentorListingController.version("\"12\"")).hasValue(12);
        assertThat(MentorListingController.version(" W/\"3\" ")).hasValue(3);
        for (String bad : List.of("3", "*", "\"a\"", "\"1\", \"2\"", "\"99999999999999999999\"")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> MentorListingController.version(bad))
                    .isInstanceOf(InvalidInput.class);
        }
    }
}
