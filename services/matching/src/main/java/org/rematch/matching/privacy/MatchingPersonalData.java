package org.rematch.matching.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.kit.privacy.PersonalData;
import org.rematch.matching.pairing.PairingService;
import org.rematch.matching.pairing.PairingView;
import org.rematch.matching.proposal.ForumRecommendations;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.rematch.matching.recommendation.RecommendedForum;
import org.springframework.stereotype.Component;

/**
 * What matching holds on a person, for their data export (the kit serves it at GET /api/personal-data): their pairings
 * exactly as they see them (a mentor's pairings keep the mentees' unshared fields out), matching's copy of their mentee
 * path with its waiting state and the conflicts of interest they flagged, its copy of their mentor listing with how many slots are taken (not which pairings hold
 * them: those are other people's), and the forums recommended to them.
 */
@Component
public class MatchingPersonalData implements PersonalData {

    /**
     * Matching's copy of the person's mentee path, whether matching is still looking for a mentor for them, and the
     * mentors they flagged a conflict of interest with.
     */
    public record AsMentee(String displayName, List<String> targetSpecialties, String medicalSchoolCountry, boolean usImg,
            int graduationYear, int matchAttempts, boolean soapTried, ExamHistory exams, String visaNeed, String goal, List<String> languages,
            String timeZone, Set<String> helpWanted, String status, Set<SensitiveField> sharedWithMentors, ForumJoining forumJoining,
            String matchingState, Instant seekingSince, List<MenteeView.FlaggedConflict> conflicts) {
    }

    /**
     * Matching's copy of the person's mentor listing, how many of their slots proposals and mentorships hold, and how
     * they have been answering proposals (how many expired unanswered since their last answer, when they last answered,
     * when they were last marked inactive for not answering).
     */
    public record AsMentor(String displayName, String matchedSpecialty, Integer matchedYear, String medicalSchoolCountry, boolean usImg,
            int unmatchedCyclesBeforeMatch, boolean matchedViaSoap, String visaPath, Integer graduationYear, ExamHistory exams,
            String currentRole, Set<String> topics, List<String> languages,
            String timeZone, int capacity, boolean accepting, String pausedUntil, int slotsTaken, int proposalsExpiredUnanswered,
            Instant lastAnsweredAt, Instant markedInactiveAt) {
    }

    public record ForumsRecommendedToYou(Instant recommendedAt, List<RecommendedForum> forums) {
    }

    public record Held(List<PairingView> pairings, AsMentee mentee, AsMentor mentor, List<ForumsRecommendedToYou> forumRecommendations) {
    }

    private final PairingService pairings;
    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final ForumRecommendations recommendations;

    public MatchingPersonalData(PairingService pairings, MenteeReadModel mentees, MentorReadModel mentors,
            ForumRecommendations recommendations) {
        this.pairings = pairings;
        this.mentees = mentees;
        this.mentors = mentors;
        this.recommendations = recommendations;
    }

    @Override
    public Held of(String accountId) {
        return new Held(pairings.involving(accountId),
                mentees.find(accountId).map(MatchingPersonalData::asMentee).orElse(null),
                mentors.find(accountId).map(MatchingPersonalData::asMentor).orElse(null),
                recommendations.ofMentee(accountId).stream()
                        .map(recommendation -> new ForumsRecommendedToYou(recommendation.recommendedAt(), recommendation.forums()))
                        .toList());
    }

    private static AsMentee asMentee(MenteeView mentee) {
        return new AsMentee(mentee.displayName(), mentee.targetSpecialties(), mentee.medicalSchoolCountry(), mentee.usImg(),
                mentee.graduationYear(), mentee.matchAttempts(), mentee.soapTried(), mentee.exams(), mentee.visaNeed(), mentee.goal(), mentee.languages(),
                mentee.timeZone(), mentee.helpWanted(), mentee.status(), mentee.sharedWithMentors(), mentee.forumJoining(),
                mentee.matchingState(), mentee.seekingSince(), mentee.conflicts());
    }

    private static AsMentor asMentor(MentorView mentor) {
        return new AsMentor(mentor.displayName(), mentor.matchedSpecialty(), mentor.matchedYear(), mentor.medicalSchoolCountry(),
                mentor.usImg(), mentor.unmatchedCyclesBeforeMatch(), mentor.matchedViaSoap(), mentor.visaPath(), mentor.graduationYear(),
                mentor.exams(), mentor.currentRole(), mentor.topics(), mentor.languages(),
                mentor.timeZone(), mentor.capacity(), mentor.accepting(), mentor.pausedUntil(), mentor.reserved(),
                mentor.responsiveness().unansweredInARow().size(), mentor.lastAnsweredAt(), mentor.inactiveMarkedAt());
    }
}
