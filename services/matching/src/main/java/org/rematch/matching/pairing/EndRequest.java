package org.rematch.matching.pairing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Ending a mentorship, optionally saying how it went; kept for the ender and matching, never shown to the other side. */
public record EndRequest(@Size(max = 1000) String feedback, @Min(1) @Max(5) Integer rating) {

    static final EndRequest NOTHING_SAID = new EndRequest(null, null);
}
