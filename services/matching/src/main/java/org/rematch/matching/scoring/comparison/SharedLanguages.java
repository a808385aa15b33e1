package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.Words;

/**
 * The mentor also speaks a language of the mentee's besides English, which makes the hard talks easier. Sharing a
 * language at all is a hard rule; this one is worth no points by default, only a reason.
 */
public record SharedLanguages() implements PathComparison {

    private static final String ENGLISH = "en";

    @Override
    public ScoreComponent component() {
        return ScoreComponent.LANGUAGES;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        return shared(mentee, mentor).isEmpty() ? 0 : 1;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        return List.of(new MatchReason(component(), "Also speaks " + Words.list(shared(mentee, mentor)), PathField.LANGUAGES, points));
    }

    private static List<String> shared(MenteePath mentee, MentorCandidate mentor) {
        return mentee.languages().stream()
                .filter(language -> !language.equals(ENGLISH))
                .filter(mentor.languages()::contains)
                .map(Words::language)
                .filter(name -> !name.isBlank())
                .distinct()
                .toList();
    }
}
