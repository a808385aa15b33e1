package org.rematch.matching.scoring;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.rematch.contracts.path.Specialty;

/** Codes as plain words, and the comparison of codes, for the reasons. */
public final class Words {

    /** Display names by code: looking them up costs far more than scoring, and there are only a few hundred codes. */
    private static final Map<String, String> COUNTRIES = new ConcurrentHashMap<>();
    private static final Map<String, String> LANGUAGES = new ConcurrentHashMap<>();
    private static final Map<String, String> REGIONS = new ConcurrentHashMap<>();
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "later");

    private Words() {
    }

    /** Whether two codes are the same, ignoring case and surrounding blanks; a blank or null is never the same. */
    public static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.trim().equalsIgnoreCase(b.trim());
    }

    /**
     * Language codes as scoring compares them: trimmed, lower case, no blanks or repeats, in their order. Normalised
     * once, when a path is built, so comparing thousands of pairs is a plain {@code contains}.
     */
    public static List<String> languageCodes(Collection<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(code -> code != null && !code.isBlank())
                .map(code -> code.trim().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Topic names as scoring compares them: trimmed, upper case, no blanks. */
    public static Set<String> topicNames(Collection<String> names) {
        return names == null ? Set.of() : names.stream().filter(name -> name != null && !name.isBlank())
                .map(name -> name.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** "Internal Medicine" for IM; an unknown code stays as it is, a blank one is blank. */
    public static String specialty(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        for (Specialty specialty : Specialty.values()) {
            if (same(specialty.name(), code)) {
                return specialty.title();
            }
        }
        return code.trim();
    }

    /** "Pakistan" for PK; an unknown code stays as it is. */
    public static String country(String code) {
        return COUNTRIES.computeIfAbsent(code.trim(), trimmed -> {
            String name = Locale.of("", trimmed.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
            return name.isBlank() || name.equalsIgnoreCase(trimmed) ? trimmed : name;
        });
    }

    /**
     * The world region (UN M49 subregion) a country is in, by name: "Southern Asia" for PK and IN, "Western Africa"
     * for NG; blank for a code that is no country.
     */
    public static String region(String code) {
        return REGIONS.computeIfAbsent(code.trim().toUpperCase(Locale.ROOT), Words::lookUpRegion);
    }

    private static String lookUpRegion(String country) {
        try {
            Region region = Region.getInstance(country).getContainingRegion();
            return region == null ? "" : new ULocale("und_" + region).getDisplayCountry(ULocale.ENGLISH);
        } catch (IllegalArgumentException unknown) {
            return "";
        }
    }

    /** "Urdu" for ur; blank when Java knows no name for the code. */
    public static String language(String code) {
        return LANGUAGES.computeIfAbsent(code.trim(), trimmed -> Locale.forLanguageTag(trimmed).getDisplayLanguage(Locale.ENGLISH));
    }

    /** "1 cycle", "2 cycles". */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "your target specialty" when the mentee has one, else "your first choice", "your second choice", ... */
    public static String choice(int position, int choices) {
        if (choices <= 1) {
            return "your target specialty";
        }
        return "your " + ORDINALS.get(Math.min(position, ORDINALS.size() - 1)) + " choice";
    }
}
