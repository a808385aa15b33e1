package org.rematch.matching.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the mentor declines; kept for matching, not shown to the mentee. */
public record DeclineRequest(@NotBlank @Size(max = 500) String reason) {
}
