package org.rematch.matching.scoring.comparison;

import java.util.List;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.PathComparison;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

/**
 * The mentor matched through SOAP, which the mentee has been through: they know its few frantic days. Telling that the
 * mentee tried SOAP tells of an unmatched cycle, so the reason rests on the attempts.
 */
public record SoapExperience() implements PathComparison {

    @Override
    public ScoreComponent component() {
        return ScoreComponent.SOAP;
    }

    @Override
    public double share(MenteePath mentee, MentorCandidate mentor) {
        return mentee.background().soapTried() && mentor.background().matchedViaSoap() ? 1 : 0;
    }

    @Override
    public List<MatchReason> reasons(MenteePath mentee, MentorCandidate mentor, double points) {
        return List.of(new MatchReason(component(), "Matched through SOAP, which you have been through", PathField.MATCH_ATTEMPTS, points));
    }
}
