package org.rematch.matching.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ForumRecommenderTest {

    private static final Set<String> AMINA = ForumRecommender.menteeTags(List.of("IM"), "PK", "J1");

    @Test
    void menteeTagsCoverSpecialtyCountryAndVisaUnlessNoneIsNeeded() {
        assertThat(AMINA).containsExactly("specialty:IM", "country:PK", "visa:J1");
        assertThat(ForumRecommender.menteeTags(List.of("IM"), "PK", "NONE")).containsExactly("specialty:IM", "country:PK");
        assertThat(ForumRecommender.menteeTags(null, " ", null)).isEmpty();
        assertThat(ForumRecommender.menteeTags(List.of(" "), null, null)).isEmpty();
    }

    @Test
    void everyTargetSpecialtyIsATag() {
        assertThat(ForumRecommender.menteeTags(List.of("IM", "FM", "PEDS"), "PK", "NONE"))
                .containsExactly("specialty:IM", "specialty:FM", "specialty:PEDS", "country:PK");
        assertThat(ForumRecommender.recommend(ForumRecommender.menteeTags(List.of("IM", "FM"), "PK", "NONE"), List.of(
                        new ForumCandidate("fm", "FM", Set.of("specialty:FM"), true))))
                .containsExactly(new RecommendedForum("fm", "FM", List.of("specialty:FM")));
    }

    @Test
    void openForumsAreRankedBySharedTagsWithTheSharedTagsListed() {
        List<RecommendedForum> recommended = ForumRecommender.recommend(AMINA, List.of(
                new ForumCandidate("im", "IM reapplicants", Set.of("specialty:IM"), true),
                new ForumCandidate("im-pk", "IM from Pakistan", Set.of("specialty:IM", "country:PK", "topic:step3"), true),
                new ForumCandidate("locked", "Locked IM PK J1", Set.of("specialty:IM", "country:PK", "visa:J1"), false),
                new ForumCandidate("surgery", "Surgery", Set.of("specialty:Surgery"), true)));

        assertThat(recommended).containsExactly(
                new RecommendedForum("im-pk", "IM from Pakistan", List.of("country:PK", "specialty:IM")),
                new RecommendedForum("im", "IM reapplicants", List.of("specialty:IM")));
    }

    @Test
    void atMostFiveAreRecommended() {
        List<ForumCandidate> forums = IntStream.range(0, 8)
                .mapToObj(i -> new ForumCandidate("f" + i, "Forum " + i, Set.of("visa:J1"), true)).toList();

        assertThat(ForumRecommender.recommend(AMINA, forums)).hasSize(ForumRecommender.LIMIT)
                .extracting(RecommendedForum::forumId).containsExactly("f0", "f1", "f2", "f3", "f4");
    }
}
