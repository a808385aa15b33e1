package org.rematch.directory.listing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.Specialty;

/** Valid drafts and journeys for domain tests. */
final class Journeys {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private Journeys() {
    }

    /** A draft with every field set, the optional graduation year and exams too. */
    static JourneyDraft draft() {
        return new JourneyDraft(Specialty.IM, 2022, "PK", false, 2, true, VisaNeed.J1, 2016, new ExamsDraft(241, 3),
                Set.of(WhatHelped.USCE, WhatHelped.RESEARCH_YEAR), CurrentRole.ATTENDING, ProgramType.COMMUNITY,
                Set.of(HelpTopic.APPLICATION_REVIEW, HelpTopic.VISA), List.of("en", "ur"), "America/Chicago",
                "Matched IM through SOAP.", 3);
    }

    static Journey journey() {
        return draft().validate(TODAY);
    }

    static Journey journey(Specialty specialty, String country, Set<HelpTopic> topics, List<String> languages,
            VisaNeed visa, CurrentRole role) {
        return new JourneyDraft(specialty, 2020, country, false, 1, false, visa, null, null, Set.of(), role,
                ProgramType.UNIVERSITY, topics, languages, "Asia/Karachi", null, 2).validate(TODAY);
    }
}
