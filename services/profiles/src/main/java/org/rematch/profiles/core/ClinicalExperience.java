package org.rematch.profiles.core;

import java.util.Set;

/** US clinical experience (USCE): months in total and the kinds it was; no months means no kinds, and vice versa. */
public record ClinicalExperience(Integer months, Set<ClinicalExperienceKind> kinds) {

    public static final int MAX_MONTHS = 120;
    public static final ClinicalExperience NONE = new ClinicalExperience(0, Set.of());

    public ClinicalExperience {
        kinds = Sorted.set(kinds);
    }

    void check(String field, Problems problems) {
        boolean monthsValid = problems.between(field + ".months", months, 0, MAX_MONTHS);
        if (!problems.noNullIn(field + ".kinds", kinds) || !monthsValid) {
            return;
        }
        boolean anyKind = kinds != null && !kinds.isEmpty();
        if (months > 0 && !anyKind) {
            problems.add(field + ".kinds", "must name at least one of HANDS_ON, OBSERVERSHIP, EXTERNSHIP when months > 0");
        } else if (months == 0 && anyKind) {
            problems.add(field + ".months", "must be at least 1 when kinds are listed");
        }
    }

    ClinicalExperience withDefaults() {
        return new ClinicalExperience(months, kinds == null ? Set.of() : kinds);
    }
}
