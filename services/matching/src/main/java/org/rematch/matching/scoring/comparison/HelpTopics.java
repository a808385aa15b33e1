package org.rematch.matching.scoring.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.Words;

/**
 * The mentor mentors on what the mentee asked help with: the share of the mentee's topics the mentor offers. Asking
 * for help with visas tells that the mentee needs one, so that topic gets a reason of its own, which a mentor sees
 * only if the mentee shares the visa need.
 */
public record HelpTopics() implements PathComparison {

    static final String VISA = "VISA";

    /** Topics in plain words; any other is its name in lower case. */
    private static final Map<String, String> TOPIC_WORDS = Map.of(
            "APPLICATION_REVIEW", "application review",
            "USCE", "US clinical experience");

    @Override
    public ScoreComponent component() {
        return ScoreComponent.HELP_TOPICS;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        if (mentee.helpWanted().isEmpty()) {
            return 0;
        }
        int offered = 0; // counted without building a list: ranking a surge batch asks this millions of times
        for (String topic : mentee.helpWanted()) {
            if (mentor.topics().contains(topic)) {
                offered++;
            }
        }
        return (double) offered / mentee.helpWanted().size();
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        List<String> topics = shared(mentee, mentor);
        double perTopic = points / topics.size();
        List<String> open = topics.stream().filter(topic -> !topic.equals(VISA))
                .map(topic -> TOPIC_WORDS.getOrDefault(topic, topic.toLowerCase(Locale.ROOT).replace('_', ' ')))
                .toList();
        List<MatchReason> reasons = new ArrayList<>();
        if (!open.isEmpty()) {
            reasons.add(new MatchReason(component(), "Mentors on " + Words.list(open) + ", which you asked for", PathField.HELP_WANTED,
                    perTopic * open.size()));
        }
        if (topics.contains(VISA)) {
            reasons.add(new MatchReason(component(), "Mentors on visas, which you asked for", PathField.VISA_NEED, perTopic));
        }
        return reasons;
    }

    private static List<String> shared(MenteePath mentee, MentorCandidate mentor) {
        return mentee.helpWanted().stream().filter(mentor.topics()::contains).sorted().toList();
    }
}
