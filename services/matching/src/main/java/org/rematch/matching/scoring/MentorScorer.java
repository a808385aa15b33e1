package org.rematch.matching.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rematch.matching.scoring.comparison.GoalMeetsRole;
import org.rematch.matching.scoring.comparison.HelpTopics;
import org.rematch.matching.scoring.comparison.SameCountry;
import org.rematch.matching.scoring.comparison.SameSpecialty;
import org.rematch.matching.scoring.comparison.SameUsImg;
import org.rematch.matching.scoring.comparison.SameVisa;
import org.rematch.matching.scoring.comparison.SharedLanguages;
import org.rematch.matching.scoring.comparison.SimilarCycles;
import org.rematch.matching.scoring.comparison.SimilarExams;
import org.rematch.matching.scoring.comparison.SoapExperience;
import org.rematch.matching.scoring.comparison.TimeZoneOverlap;
import org.rematch.matching.scoring.comparison.YearsSinceGraduation;

/**
 * Same-path scoring: how closely a mentor's road resembles the mentee's, as the weighted sum of one
 * {@link PathComparison} per {@link ScoreComponent} (weights in {@link ScoringWeights}), and the ranking of the mentors
 * who could take the mentee now.
 *
 * <p>Hard rules, before any score counts ({@link #eligible}):
 * <ul>
 *   <li>the mentor is accepting today (not paused, not marked inactive: see {@link MentorCandidate#accepting(LocalDate)})
 *       and has a slot left;</li>
 *   <li>never a mentor in {@code excluded}: they declined this mentee, were proposed to them before, or the mentee
 *       flagged a conflict of interest with them;</li>
 *   <li>they share a language ({@link #sharesALanguage});</li>
 *   <li>a mentee who needs a visa meets a mentor who trained on one or mentors on visas ({@link #visaFits}).</li>
 * </ul>
 * The mentee's privacy choices apply to what a mentor is shown, never to the ranking: see {@link Disclosure}.
 *
 * <p>A proposal also needs the same path ({@link #onTheSamePath}); the order is higher score, then more capacity left,
 * then mentorId, so the result is deterministic.
 */
public final class MentorScorer {

    /** Best first: higher score, then more capacity left, then mentorId. */
    public static final Comparator<ScoredMentor> BEST_FIRST = Comparator
            .comparingDouble(ScoredMentor::score).reversed()
            .thenComparing(Comparator.comparingInt((ScoredMentor scored) -> scored.mentor().capacityLeft()).reversed())
            .thenComparing(ScoredMentor::mentorId);

    /** Reasons with more points first; among equals, in the order of the components. */
    private static final Comparator<MatchReason> STRONGEST_FIRST = Comparator.comparingDouble(MatchReason::points).reversed();

    private static final String VISA_TOPIC = "VISA";

    private final ScoringWeights weights;
    private final List<PathComparison> comparisons;

    public MentorScorer(ScoringWeights weights) {
        this.weights = weights;
        // in ScoreComponent order, which the score adds them up in (see settled)
        this.comparisons = List.of(new SameSpecialty(weights), new SameCountry(), new SimilarCycles(weights.cyclesTolerance()),
                new SameUsImg(), new SoapExperience(), new SimilarExams(), new YearsSinceGraduation(), new SameVisa(), new GoalMeetsRole(),
                new HelpTopics(), new TimeZoneOverlap(), new SharedLanguages());
    }

    public MentorScorer() {
        this(ScoringWeights.DEFAULT);
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** The mentor's same-path score for the mentee, whatever their availability, with its reasons strongest first. */
    public ScoredMentor score(MenteePath mentee, MentorCandidate mentor) {
        List<MatchReason> reasons = new ArrayList<>();
        double score = 0;
        for (PathComparison comparison : comparisons) {
            double share = comparison.share(mentee, mentor);
            if (share > 0) {
                double points = weights.weight(comparison.component()) * share;
                score += settled(points); // added as points() adds them, so both give the same score
                reasons.addAll(comparison.reasons(mentee, mentor, points));
            }
        }
        reasons.sort(STRONGEST_FIRST);
        return new ScoredMentor(mentor, round(score), reasons);
    }

    /**
     * The same score as {@link #score}, without the reasons: for ranking many mentors at once (a surge batch's
     * candidates), where building every reason's words would cost far more than the arithmetic.
     */
    public double points(MenteePath mentee, MentorCandidate mentor) {
        double score = 0;
        for (PathComparison comparison : comparisons) {
            double weight = weights.weight(comparison.component());
            if (weight > 0) {
                score += settled(weight * comparison.share(mentee, mentor));
            }
        }
        return round(score);
    }

    /**
     * The points each component adds for this pair, rounded to three decimals, leaving out those that add nothing: what
     * the reasons of {@link #score} add up to per component.
     */
    public Map<ScoreComponent, Double> components(MenteePath mentee, MentorCandidate mentor) {
        Map<ScoreComponent, Double> components = new EnumMap<>(ScoreComponent.class);
        for (PathComparison comparison : comparisons) {
            double points = weights.weight(comparison.component()) * comparison.share(mentee, mentor);
            if (points > 0) {
                components.put(comparison.component(), round(points));
            }
        }
        return components;
    }

    /** The mentors who could take the mentee on {@code today}, on the same path, best first. */
    public List<ScoredMentor> rank(MenteePath mentee, Collection<MentorCandidate> mentors, Set<String> excluded, LocalDate today) {
        return eligible(mentee, mentors, excluded, today)
                .map(mentor -> score(mentee, mentor))
                .filter(scored -> scored.onTheSamePath(mentee))
                .sorted(BEST_FIRST)
                .toList();
    }

    /**
     * The mentors a mentee could ask directly on {@code today}, best first, at most {@code limit}: eligible and with
     * some score. Unlike {@link #rank} the same-path rule does not apply, as for a request.
     */
    public List<ScoredMentor> suggest(MenteePath mentee, Collection<MentorCandidate> mentors, Set<String> excluded, LocalDate today,
            int limit) {
        // ranked by the points alone; only the mentors returned get their reasons in words
        return eligible(mentee, mentors, excluded, today)
                .map(mentor -> new ScoredMentor(mentor, points(mentee, mentor), List.of()))
                .filter(scored -> scored.score() > 0)
                .sorted(BEST_FIRST)
                .limit(limit)
                .map(scored -> score(mentee, scored.mentor()))
                .toList();
    }

    /** The mentors the hard rules let near the mentee on {@code today}. */
    public static Stream<MentorCandidate> eligible(MenteePath mentee, Collection<MentorCandidate> mentors, Set<String> excluded,
            LocalDate today) {
        return mentors.stream().filter(mentor -> mentor.available(today) && allowed(mentee, mentor, excluded));
    }

    /** The hard rules besides availability: not excluded, a shared language, a visa fit. */
    public static boolean allowed(MenteePath mentee, MentorCandidate mentor, Set<String> excluded) {
        return !excluded.contains(mentor.mentorId()) && sharesALanguage(mentee, mentor) && visaFits(mentee, mentor);
    }

    /**
     * Whether mentor and mentee can talk: they share a language (ISO 639-1 codes, any case). A side that lists no
     * language (data from before languages were asked) is not held against the other.
     */
    public static boolean sharesALanguage(MenteePath mentee, MentorCandidate mentor) {
        if (mentee.languages().isEmpty() || mentor.languages().isEmpty()) {
            return true;
        }
        for (String language : mentee.languages()) {
            if (mentor.languages().contains(language)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mentee who needs a visa meets a mentor who can speak to it: one who trained on a visa, or mentors on
     * visas. A mentor whose visa path is not known (data from before it was asked) is not held against the mentee.
     */
    public static boolean visaFits(MenteePath mentee, MentorCandidate mentor) {
        return !mentee.background().needsAVisa() || mentor.background().visaPath() == null || mentor.background().trainedOnAVisa()
                || mentor.topics().contains(VISA_TOPIC);
    }

    /**
     * Whether the mentor is on the mentee's path: matched into any of their target specialties, shares their
     * medical-school country, or took the alternative pathway they aim for.
     */
    public static boolean onTheSamePath(MenteePath mentee, MentorCandidate mentor) {
        return mentee.choiceOf(mentor.matchedSpecialty()) >= 0 || Words.same(mentor.medicalSchoolCountry(), mentee.medicalSchoolCountry())
                || GoalMeetsRole.tookTheMenteesPathway(mentee, mentor);
    }

    /**
     * A component's points with the floating-point noise of how they were added up removed, so that the score and the
     * sum of its reasons (which split a component's points and add them in another order) round alike. Components are
     * always added in {@link ScoreComponent} order, which is also the order of {@link #comparisons}.
     */
    static double settled(double points) {
        return Math.round(points * 1e9) / 1e9;
    }

    static double round(double score) {
        return Math.min(1.0, Math.max(0.0, Math.round(score * 1000) / 1000.0));
    }
}
