package org.rematch.matching.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ForumRecommenderPropertiesTest {

    private static final Set<String> AMINA = ForumRecommender.menteeTags(List.of("IM"), "PK", "J1");

    @Property
    void recommendationsAreOpenSharingBestFirstBoundedAndIndependentOfInputOrder(
            @ForAll("forumLists") List<ForumCandidate> forums, @ForAll Random random) {
        List<ForumCandidate> shuffled = new ArrayList<>(forums);
        Collections.shuffle(shuffled, random);

        List<RecommendedForum> recommended = ForumRecommender.recommend(AMINA, forums);

        assertThat(recommended).hasSizeLessThanOrEqualTo(ForumRecommender.LIMIT);
        assertThat(ForumRecommender.recommend(AMINA, shuffled)).isEqualTo(recommended);
        assertThat(recommended).allSatisfy(forum -> {
            ForumCandidate source = forums.stream().filter(f -> f.forumId().equals(forum.forumId())).findFirst().orElseThrow();
            assertThat(source.open()).isTrue();
            assertThat(forum.sharedTags()).isNotEmpty().allSatisfy(tag -> assertThat(AMINA).contains(tag));
            assertThat(source.tags()).containsAll(forum.sharedTags());
        });
        IntStream.range(1, recommended.size()).forEach(i ->
                assertThat(recommended.get(i - 1).sharedTags().size()).isGreaterThanOrEqualTo(recommended.get(i).sharedTags().size()));
    }

    @Provide
    Arbitrary<List<ForumCandidate>> forumLists() {
        Arbitrary<Set<String>> tags = Arbitraries.of("specialty:IM", "specialty:FM", "country:PK", "country:IN", "visa:J1",
                "visa:H1B", "topic:step3").set().ofMaxSize(4);
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(8), tags, Arbitraries.of(true, false))
                .as((id, forumTags, open) -> new ForumCandidate(id, "Forum " + id, forumTags, open))
                .list().ofMaxSize(15).uniqueElements(ForumCandidate::forumId);
    }
}
