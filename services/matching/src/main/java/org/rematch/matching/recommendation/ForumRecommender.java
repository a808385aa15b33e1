package org.rematch.matching.recommendation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Peer forums for a mentee by shared path tags: {@code specialty:<code>} for each target specialty, {@code country:<country>} and
 * {@code visa:<visaNeed>} (no visa tag when the mentee needs none). Only OPEN forums sharing at least one tag, ranked by
 * how many tags they share, then by name and forumId so the order is deterministic; at most {@link #LIMIT}.
 */
public final class ForumRecommender {

    public static final int LIMIT = 5;
    public static final String NO_VISA = "NONE";

    private static final Comparator<RecommendedForum> BEST_FIRST = Comparator
            .comparingInt((RecommendedForum forum) -> forum.sharedTags().size()).reversed()
            .thenComparing(RecommendedForum::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RecommendedForum::forumId);

    private ForumRecommender() {
    }

    /** The mentee's path tags; blank parts give no tag. */
    public static Set<String> menteeTags(List<String> targetSpecialties, String medicalSchoolCountry, String visaNeed) {
        Set<String> tags = new LinkedHashSet<>();
        for (String specialty : targetSpecialties == null ? List.<String>of() : targetSpecialties) {
            if (present(specialty)) {
                tags.add("specialty:" + specialty.trim());
            }
        }
        if (present(medicalSchoolCountry)) {
            tags.add("country:" + medicalSchoolCountry.trim());
        }
        if (present(visaNeed) && !NO_VISA.equalsIgnoreCase(visaNeed.trim())) {
            tags.add("visa:" + visaNeed.trim());
        }
        return tags;
    }

    public static List<RecommendedForum> recommend(Set<String> menteeTags, Collection<ForumCandidate> forums) {
        return forums.stream()
                .filter(ForumCandidate::open)
                .map(forum -> new RecommendedForum(forum.forumId(), forum.name(),
                        forum.tags().stream().filter(menteeTags::contains).sorted().toList()))
                .filter(forum -> !forum.sharedTags().isEmpty())
                .sorted(BEST_FIRST)
                .limit(LIMIT)
                .toList();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
