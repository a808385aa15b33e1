package org.rematch.matching.suggestion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.rematch.matching.scoring.Disclosure;
import org.rematch.matching.scoring.MentorScorer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The best mentors a mentee could ask directly now (POST /api/pairings/requests): accepting today with a slot left,
 * never one of their earlier pairings' mentors nor one they flagged a conflict of interest with, best same-path score first. The directory sorts its search by these
 * scores for the calling mentee.
 */
@Service
public class MentorSuggestions {

    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final Pairings pairings;
    private final Clock clock;
    private final MentorScorer scorer;

    public MentorSuggestions(MenteeReadModel mentees, MentorReadModel mentors, Pairings pairings, Clock clock, MentorScorer scorer) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.pairings = pairings;
        this.clock = clock;
        this.scorer = scorer;
    }

    /** @throws ResponseStatusException 409 when matching holds no path profile of the mentee (yet) */
    public List<Suggestion> forMentee(String menteeId, int limit) {
        MenteeView mentee = mentees.find(menteeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "Matching has no mentee profile of yours yet: create it with POST /api/mentees (it reaches matching within seconds)"));
        Set<String> notAgain = mentee.notAgain(pairings.ofMentee(menteeId).stream().map(Pairing::mentorId).toList());
        Disclosure everything = Disclosure.full();
        return scorer.suggest(mentee.path(LocalDate.now(clock)), mentors.maybeAccepting().stream().map(MentorView::candidate).toList(), notAgain,
                        LocalDate.now(clock), limit).stream()
                .map(scored -> new Suggestion(scored.mentorId(), scored.mentor().displayName(), scored.score(),
                        everything.components(scored.reasons()), everything.reasonTexts(scored.reasons())))
                .toList();
    }
}
