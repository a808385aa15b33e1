package org.rematch.population;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rematch.contracts.path.Specialty;

/**
 * The share of applicants each specialty draws (issue 4): IM 48%, FM 17%, Peds 9%, EM 5%, Psych 4%, Neuro 3%,
 * Pathology 3%, surgery prelim 3%, other 8% ({@link #OTHER}: general surgery, OB/GYN, anesthesiology, diagnostic
 * radiology, transitional year). Specialties not listed are never drawn.
 */
public final class SpecialtyShares {

    /** Percent of applicants by specialty, in the order they are drawn; all together 100. */
    public static final Map<Specialty, Integer> PERCENT = Collections.unmodifiableMap(shares());

    /** The specialties the issue counts under "other". */
    public static final Set<Specialty> OTHER = Collections.unmodifiableSet(
            EnumSet.of(Specialty.GS, Specialty.OBGYN, Specialty.ANES, Specialty.DR, Specialty.TY));

    private SpecialtyShares() {
    }

    /** Share of applicants, in percent (0 for a specialty that is never drawn). */
    public static int percent(Specialty specialty) {
        return PERCENT.getOrDefault(specialty, 0);
    }

    /** Whether the issue counts it under "other". */
    public static boolean other(Specialty specialty) {
        return OTHER.contains(specialty);
    }

    /** The specialties that are drawn, in table order. */
    public static List<Specialty> drawn() {
        return List.copyOf(PERCENT.keySet());
    }

    private static Map<Specialty, Integer> shares() {
        Map<Specialty, Integer> shares = new LinkedHashMap<>();
        shares.put(Specialty.IM, 48);
        shares.put(Specialty.FM, 17);
        shares.put(Specialty.PEDS, 9);
        shares.put(Specialty.EM, 5);
        shares.put(Specialty.PSYCH, 4);
        shares.put(Specialty.NEURO, 3);
        shares.put(Specialty.PATH, 3);
        shares.put(Specialty.SURGPRELIM, 3);
        shares.put(Specialty.GS, 2);
        shares.put(Specialty.OBGYN, 2);
        shares.put(Specialty.ANES, 2);
        shares.put(Specialty.DR, 1);
        shares.put(Specialty.TY, 1);
        return shares;
    }
}
