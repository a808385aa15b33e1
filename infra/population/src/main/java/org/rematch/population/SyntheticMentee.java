package org.rematch.population;

import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.contracts.path.Specialty;
import org.rematch.population.Vocabulary.EcfmgStatus;
import org.rematch.population.Vocabulary.UsRegion;
import org.rematch.population.Vocabulary.UsceKind;

/**
 * An unmatched IMG's path, with every field of profiles' POST /api/mentees (issue 4), valid by construction: a
 * CERTIFIED ECFMG status or a passed Step 3 only with Step 1 passed and Step 2 CK taken; US citizens need no visa;
 * USCE months and kinds go together.
 *
 * @param targetSpecialties  ordered, 1 to 3, no repeats; the first is the main target
 * @param matchAttempts      prior Match cycles applied to (1 to 5; profiles' priorMatchCycles)
 * @param step2CkScore       1–300, around 232 ± 12
 * @param usceMonths         months of US clinical experience (0 when none; then {@code usceKinds} is empty)
 * @param usRegionPreference where in the US they would train; empty means anywhere
 */
public record SyntheticMentee(
        int index,
        Login login,
        List<Specialty> targetSpecialties,
        MedicalSchool school,
        boolean usCitizen,
        int graduationYear,
        EcfmgStatus ecfmg,
        boolean step1Passed,
        int step1Attempts,
        int step2CkScore,
        int step2CkAttempts,
        boolean step3Passed,
        int usceMonths,
        Set<UsceKind> usceKinds,
        int researchItems,
        int matchAttempts,
        boolean soapTried,
        VisaNeed visaNeed,
        NextYearGoal goal,
        List<String> languages,
        String timeZone,
        Set<UsRegion> usRegionPreference,
        Set<HelpTopic> helpWanted,
        Set<SensitiveField> sharedWithMentors) {

    public SyntheticMentee {
        targetSpecialties = List.copyOf(targetSpecialties);
        usceKinds = Set.copyOf(usceKinds);
        languages = List.copyOf(languages);
        usRegionPreference = Set.copyOf(usRegionPreference);
        helpWanted = Set.copyOf(helpWanted);
        sharedWithMentors = Set.copyOf(sharedWithMentors);
    }

    public Specialty targetSpecialty() {
        return targetSpecialties.getFirst();
    }

    public String medicalSchoolName() {
        return school.name();
    }

    /** ISO 3166 alpha-2 of the medical school. */
    public String medicalSchoolCountry() {
        return school.country();
    }

    /**
     * Two in five ask to be joined to the forums matching recommends, the rest to be invited. Taken from the index, not
     * the random source, so adding the choice left every other generated value as it was.
     */
    public ForumJoining forumJoining() {
        return index % 5 < 2 ? ForumJoining.JOIN_AUTOMATICALLY : ForumJoining.INVITE;
    }
}
