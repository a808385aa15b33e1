package org.rematch.matching.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Same-path scoring: how closely a mentor's road resembles the mentee's (see {@link ScoringWeights}), and the ranking
 * of the mentors who could take the mentee now.
 *
 * <p>Rules of the ranking:
 * <ul>
 *   <li>only mentors who are accepting today (not paused: see {@link MentorCandidate#accepting(LocalDate)}) and have
 *       a slot left;</li>
 *   <li>never a mentor in {@code excluded} (they declined this mentee or were proposed to them before);</li>
 *   <li>only mentors on the same path: matched into ANY of the mentee's target specialties, or sharing the
 *       medical-school country. A mentor who shares neither (cycle closeness alone) is not a same-path match; the
 *       mentee waits for a better one instead;</li>
 *   <li>only mentors who share a language with the mentee (see {@link #sharesALanguage});</li>
 *   <li>order: higher score, then more capacity left, then mentorId, so the result is deterministic.</li>
 * </ul>
 *
 * <p>Besides the reasons that earn points, a mentor who speaks a language of the mentee's other than English, or
 * mentors on topics the mentee asked help with, gets a reason worth no points ("Also speaks Urdu", "Mentors on
 * interviews, which you asked for"). Help with visas rests on the mentee's visa need, so that reason is a separate
 * one a mentor sees only if the mentee shares the visa need.
 */
public final class MentorScorer {

    /** Best first: higher score, then more capacity left, then mentorId. */
    public static final Comparator<ScoredMentor> BEST_FIRST = Comparator
            .comparingDouble(ScoredMentor::score).reversed()
            .thenComparing(Comparator.comparingInt((ScoredMentor scored) -> scored.mentor().capacityLeft()).reversed())
            .thenComparing(ScoredMentor::mentorId);

    private final ScoringWeights weights;

    public MentorScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    public MentorScorer() {
        this(ScoringWeights.DEFAULT);
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** The mentor's same-path score for the mentee, whatever their availability. */
    public ScoredMentor score(MenteePath mentee, MentorCandidate mentor) {
        double score = 0;
        List<MatchReason> reasons = new ArrayList<>();
        int choice = mentee.choiceOf(mentor.matchedSpecialty());
        if (choice >= 0) {
            double points = specialtyPoints(mentee, mentor);
            score += points;
            reasons.add(new MatchReason("Matched " + mentor.matchedSpecialty().trim() + ", " + choiceWords(choice, mentee.targetSpecialties().size()),
                    PathField.TARGET_SPECIALTY, points));
        }
        if (countryPoints(mentee, mentor) > 0) {
            score += weights.country();
            reasons.add(new MatchReason("Also trained in " + mentor.medicalSchoolCountry(), PathField.MEDICAL_SCHOOL_COUNTRY,
                    weights.country()));
        }
        int cycles = mentor.unmatchedCyclesBeforeMatch();
        int attempts = mentee.matchAttempts();
        int difference = Math.abs(cycles - attempts);
        double credit = cyclesCredit(mentee, mentor);
        if (credit > 0) {
            score += credit;
            String matchedAfter = "Matched after " + cycles + " unmatched " + (cycles == 1 ? "cycle" : "cycles");
            String yourAttempts = "your " + attempts + " " + (attempts == 1 ? "attempt" : "attempts");
            // the reason names the mentee's attempts, so it reveals them: a mentor sees it only if they are shared
            reasons.add(new MatchReason(difference == 0 ? matchedAfter + ", like " + yourAttempts : matchedAfter + ", close to " + yourAttempts,
                    PathField.MATCH_ATTEMPTS, credit));
        }
        reasons.addAll(sharedExtras(mentee, mentor));
        return new ScoredMentor(mentor, round(score), reasons);
    }

    /**
     * The same score as {@link #score}, without the reasons: for ranking many mentors at once (a surge batch's
     * candidates), where building every reason's words would cost far more than the arithmetic.
     */
    public double points(MenteePath mentee, MentorCandidate mentor) {
        return round(specialtyPoints(mentee, mentor) + countryPoints(mentee, mentor) + cyclesCredit(mentee, mentor));
    }

    private double specialtyPoints(MenteePath mentee, MentorCandidate mentor) {
        int choice = mentee.choiceOf(mentor.matchedSpecialty());
        return choice < 0 ? 0 : weights.specialtyPoints(choice);
    }

    private double countryPoints(MenteePath mentee, MentorCandidate mentor) {
        return same(mentor.medicalSchoolCountry(), mentee.medicalSchoolCountry()) ? weights.country() : 0;
    }

    /** Full credit for the same number of cycles as the mentee's attempts, less as they differ, none at the tolerance. */
    private double cyclesCredit(MenteePath mentee, MentorCandidate mentor) {
        int difference = Math.abs(mentor.unmatchedCyclesBeforeMatch() - mentee.matchAttempts());
        return difference < weights.cyclesTolerance() ? weights.cycles() * (1.0 - (double) difference / weights.cyclesTolerance()) : 0;
    }

    /** "your target specialty" when the mentee has one, else "your first choice", "your second choice", ... */
    static String choiceWords(int position, int choices) {
        if (choices <= 1) {
            return "your target specialty";
        }
        return "your " + ORDINALS.get(Math.min(position, ORDINALS.size() - 1)) + " choice";
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "later");

    /** Topics in plain words; any other is its name in lower case. */
    private static final Map<String, String> TOPIC_WORDS = Map.of(
            "APPLICATION_REVIEW", "application review",
            "USCE", "US clinical experience",
            "VISA", "visas");

    static final String VISA_TOPIC = "VISA";
    static final String ENGLISH = "en";

    /** The reasons worth no points: shared languages (besides English) and shared help topics. */
    private static List<MatchReason> sharedExtras(MenteePath mentee, MentorCandidate mentor) {
        List<MatchReason> extras = new ArrayList<>();
        List<String> languages = mentee.languages().stream()
                .filter(language -> !same(language, ENGLISH))
                .filter(language -> mentor.languages().stream().anyMatch(spoken -> same(spoken, language)))
                .map(language -> Locale.forLanguageTag(language.trim()).getDisplayLanguage(Locale.ENGLISH))
                .filter(name -> !name.isBlank())
                .distinct()
                .toList();
        if (!languages.isEmpty()) {
            extras.add(new MatchReason("Also speaks " + inWords(languages), PathField.LANGUAGES, 0));
        }
        List<String> topics = mentee.helpWanted().stream()
                .filter(topic -> mentor.topics().stream().anyMatch(offered -> same(offered, topic)))
                .map(topic -> topic.trim().toUpperCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
        List<String> open = topics.stream().filter(topic -> !topic.equals(VISA_TOPIC))
                .map(topic -> TOPIC_WORDS.getOrDefault(topic, topic.toLowerCase(Locale.ROOT).replace('_', ' ')))
                .toList();
        if (!open.isEmpty()) {
            extras.add(new MatchReason("Mentors on " + inWords(open) + ", which you asked for", PathField.HELP_WANTED, 0));
        }
        if (topics.contains(VISA_TOPIC)) {
            // asking for visa help tells that the mentee needs a visa: a mentor sees it only if the visa need is shared
            extras.add(new MatchReason("Mentors on visas, which you asked for", PathField.VISA_NEED, 0));
        }
        return extras;
    }

    /** "a", "a and b", "a, b and c". */
    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** The mentors who could take the mentee on {@code today}, best first, under the rules above. */
    public List<ScoredMentor> rank(MenteePath mentee, Collection<MentorCandidate> mentors, Set<String> excluded, LocalDate today) {
        return mentors.stream()
                .filter(mentor -> mentor.available(today))
                .filter(mentor -> !excluded.contains(mentor.mentorId()))
                .filter(mentor -> sharesALanguage(mentee, mentor))
                .map(mentor -> score(mentee, mentor))
                .filter(scored -> scored.onTheSamePath(mentee))
                .sorted(BEST_FIRST)
                .toList();
    }

    /**
     * The mentors a mentee could ask directly on {@code today}, best first, at most {@code limit}: available, not in
     * {@code excluded}, sharing a language, with some score. Unlike {@link #rank} the same-path rule does not apply, as for a request.
     */
    public List<ScoredMentor> suggest(MenteePath mentee, Collection<MentorCandidate> mentors, Set<String> excluded, LocalDate today,
            int limit) {
        // ranked by the points alone; only the mentors returned get their reasons in words
        return mentors.stream()
                .filter(mentor -> mentor.available(today))
                .filter(mentor -> !excluded.contains(mentor.mentorId()))
                .filter(mentor -> sharesALanguage(mentee, mentor))
                .map(mentor -> new ScoredMentor(mentor, points(mentee, mentor), List.of()))
                .filter(scored -> scored.score() > 0)
                .sorted(BEST_FIRST)
                .limit(limit)
                .map(scored -> score(mentee, scored.mentor()))
                .toList();
    }

    /**
     * Whether mentor and mentee can talk: they share a language (ISO 639-1 codes, any case). A side that lists no
     * language (data from before languages were asked) is not held against the other.
     */
    public static boolean sharesALanguage(MenteePath mentee, MentorCandidate mentor) {
        return mentee.languages().isEmpty() || mentor.languages().isEmpty()
                || mentee.languages().stream().anyMatch(language -> mentor.languages().stream().anyMatch(spoken -> same(spoken, language)));
    }

    /** Whether the mentor matched into any of the mentee's target specialties or shares their medical-school country. */
    public static boolean onTheSamePath(MenteePath mentee, MentorCandidate mentor) {
        return mentee.choiceOf(mentor.matchedSpecialty()) >= 0 || same(mentor.medicalSchoolCountry(), mentee.medicalSchoolCountry());
    }

    static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.trim().equalsIgnoreCase(b.trim());
    }

    static double round(double score) {
        return Math.min(1.0, Math.max(0.0, Math.round(score * 1000) / 1000.0));
    }
}
