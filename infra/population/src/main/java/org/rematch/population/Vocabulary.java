package org.rematch.population;

/**
 * The closed vocabularies of issue 4's profile and listing fields that are not shared through contracts. Each spells
 * its values exactly as the service that accepts them does (profiles' core for the path, the directory's listing
 * domain for the journey), so a generated person is valid for the APIs by construction. The shared vocabularies
 * (Specialty, HelpTopic, NextYearGoal, VisaNeed, SensitiveField, CurrentRole, ExamHistory) come from contracts.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** Profiles' EcfmgStatus. */
    public enum EcfmgStatus { NOT_STARTED, IN_PROGRESS, CERTIFIED }

    /** Profiles' ClinicalExperienceKind. */
    public enum UsceKind { HANDS_ON, OBSERVERSHIP, EXTERNSHIP }

    /** Profiles' UsRegion (the four US Census regions); an empty preference means anywhere. */
    public enum UsRegion { NORTHEAST, MIDWEST, SOUTH, WEST }

    /** How a mentor got into residency (the directory receives it as unmatched cycles and matchedViaSoap). */
    public enum MatchRoute { FIRST_TRY, AFTER_UNMATCHED, VIA_SOAP }

    /** The directory's WhatHelped. */
    public enum WhatHelped {
        USCE, RESEARCH_YEAR, PRELIMINARY_YEAR, STEP3, NETWORKING, COMMUNITY_PROGRAMS, UNIVERSITY_PROGRAMS,
        IMG_FRIENDLY_PROGRAMS
    }

    /** The directory's ProgramType (FREIDA's program settings). */
    public enum ProgramType {
        UNIVERSITY("university"),
        COMMUNITY_UNIVERSITY_AFFILIATED("university-affiliated community"),
        COMMUNITY("community"),
        MILITARY("military");

        private final String description;

        ProgramType(String description) {
            this.description = description;
        }

        /** Lower-case words for a bio: "university-affiliated community". */
        public String description() {
            return description;
        }
    }
}
