package org.rematch.population;

import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;
import org.rematch.population.Vocabulary.MatchRoute;
import org.rematch.population.Vocabulary.ProgramType;
import org.rematch.population.Vocabulary.WhatHelped;

/**
 * A mentor's journey, with every field of the directory's POST /api/mentors (issue 4), valid by construction: a
 * US-IMG trained without a visa; a resident, fellow or attending names a program type (every mentor here does).
 *
 * @param route                      first try 50%, after being unmatched 35%, through SOAP 15%
 * @param unmatchedCyclesBeforeMatch 0 for a first-try match, 1–4 after being unmatched, 0–2 through SOAP
 * @param visaPath                   the visa they trained on (NONE for US citizens)
 * @param graduationYear             2–10 years before the match (mostly 3–6), more years than the cycles they went
 *                                   unmatched; null for the 15% who do not tell
 * @param exams                      Step 2 CK around 240 ± 10 (200–280), USMLE attempts 2 (80%), 3 or 4; null for
 *                                   the 15% who do not tell
 * @param capacity                   1–5 active mentees
 * @param pausedForDays              0 when accepting mentees; else the pause lasts this many days from the day
 *                                   the listing is sent (14–120)
 */
public record SyntheticMentor(
        int index,
        Login login,
        Specialty matchedSpecialty,
        int matchedYear,
        MedicalSchool school,
        boolean usImg,
        MatchRoute route,
        int unmatchedCyclesBeforeMatch,
        VisaNeed visaPath,
        Integer graduationYear,
        ExamHistory exams,
        Set<WhatHelped> whatHelped,
        CurrentRole currentRole,
        ProgramType programType,
        Set<HelpTopic> topics,
        List<String> languages,
        String timeZone,
        String bio,
        int capacity,
        int pausedForDays) {

    public SyntheticMentor {
        whatHelped = Set.copyOf(whatHelped);
        topics = Set.copyOf(topics);
        languages = List.copyOf(languages);
    }

    public boolean viaSoap() {
        return route == MatchRoute.VIA_SOAP;
    }

    /** Whether the mentor takes new mentees now (not paused). */
    public boolean accepting() {
        return pausedForDays == 0;
    }

    public String medicalSchoolCountry() {
        return school.country();
    }
}
