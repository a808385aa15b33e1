package org.rematch.kit.privacy;

import io.swagger.v3.oas.annotations.Operation;
import org.rematch.kit.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own data in this service; nobody can ask for someone else's. */
@RestController
public class PersonalDataController {

    public static final String PATH = "/api/personal-data";

    /** What one service holds on the caller, under the service's name. */
    public record PersonalDataExport(String service, String accountId, Object data) {
    }

    private final PersonalData personalData;
    private final String service;

    public PersonalDataController(PersonalData personalData, String service) {
        this.personalData = personalData;
        this.service = service;
    }

    @GetMapping(PATH)
    @Operation(summary = "Everything this service holds on the caller (part of the data export)")
    public PersonalDataExport mine(@AuthenticationPrincipal Jwt jwt) {
        String accountId = CurrentUser.of(jwt).accountId();
        return new PersonalDataExport(service, accountId, personalData.of(accountId));
    }
}
