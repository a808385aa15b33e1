package org.rematch.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.contracts.path.CurrentRole;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.contracts.path.HelpTopic;
import org.rematch.contracts.path.NextYearGoal;
import org.rematch.contracts.path.Specialty;
import org.rematch.population.Vocabulary.EcfmgStatus;
import org.rematch.population.Vocabulary.MatchRoute;
import org.rematch.population.Vocabulary.ProgramType;
import org.rematch.population.Vocabulary.UsRegion;
import org.rematch.population.Vocabulary.UsceKind;
import org.rematch.population.Vocabulary.WhatHelped;

/**
 * A deterministic synthetic population with the field's distributions (issue 4). Each person is drawn from a random
 * generator seeded by (seed, kind, index) alone, so mentee 7 is the same whether 10 or 10 000 are generated, and the
 * same seed and year always give the same population.
 *
 * <p>Distributions: citizenship non-US 71% / US 29% (US citizens studied at Caribbean schools and need no visa);
 * non-US schools in India, Pakistan, Egypt, Nigeria, China; target specialties as {@link SpecialtyShares#PERCENT};
 * Step 2 CK normal around 232 ± 12, clamped to 1–300; prior Match attempts 1 / 2 / ≥3 at 55 / 25 / 20%; graduation
 * years before the current year; mentors matched on the first try 50%, after being unmatched 35%, through SOAP 15%,
 * with capacity 1–5; 85% of mentors tell their graduation year (2–10 years before the match, mostly 3–6) and,
 * independently, 85% their exams (Step 2 CK normal around 240 ± 10, clamped to 200–280: those who matched scored
 * higher than the applicants; USMLE attempts 2 at 80%, 3 at 15%, 4 at 5%).
 */
public final class PopulationGenerator {

    public static final String EMAIL_DOMAIN = "demo.rematch.local";
    public static final int EARLIEST_GRADUATION_YEAR = 1970;
    public static final double STEP2_MEAN = 232;
    public static final double STEP2_SD = 12;
    public static final int US_CITIZEN_PERCENT = 29;
    public static final double MENTOR_STEP2_MEAN = 240;
    public static final double MENTOR_STEP2_SD = 10;
    public static final int MENTOR_STEP2_MIN = 200;
    public static final int MENTOR_STEP2_MAX = 280;
    /** How many mentors tell their graduation year, and (drawn apart) how many their exams. */
    public static final int MENTOR_TELLS_PERCENT = 85;

    private static final int MENTEE = 1;
    private static final int MENTOR = 2;
    private static final int MODERATOR = 3;
    private static final int FORUM_SAMPLE = 2_000;

    private static final Weighted<Specialty> SPECIALTIES = Weighted.of(SpecialtyShares.drawn(), SpecialtyShares::percent);
    private static final Weighted<Integer> ATTEMPTS = Weighted.of(1, 55, 2, 25, 3, 12, 4, 5, 5, 3);
    private static final Weighted<Integer> CYCLES_UNMATCHED = Weighted.of(1, 55, 2, 30, 3, 10, 4, 5);
    private static final Weighted<Integer> EXTRA_TARGETS = Weighted.of(0, 50, 1, 35, 2, 15);
    private static final Weighted<Integer> YEARS_BEFORE_FIRST_MATCH = Weighted.of(0, 30, 1, 30, 2, 20, 3, 12, 5, 8);
    private static final Weighted<VisaNeed> NON_US_VISA = Weighted.of(VisaNeed.J1, 60, VisaNeed.H1B, 30, VisaNeed.NONE, 10);
    private static final Weighted<VisaNeed> NON_US_VISA_PATH = Weighted.of(VisaNeed.J1, 65, VisaNeed.H1B, 30, VisaNeed.NONE, 5);
    private static final Weighted<UsceKind> USCE_KINDS = Weighted.of(UsceKind.OBSERVERSHIP, 45, UsceKind.HANDS_ON, 35, UsceKind.EXTERNSHIP, 20);
    private static final Weighted<NextYearGoal> GOALS = Weighted.of(NextYearGoal.REAPPLY_SAME_SPECIALTY, 50,
            NextYearGoal.SWITCH_SPECIALTY, 12, NextYearGoal.PRELIMINARY_YEAR, 12, NextYearGoal.RESEARCH_YEAR, 12,
            NextYearGoal.ALTERNATIVE_PATHWAY, 5, NextYearGoal.PUBLIC_HEALTH, 5, NextYearGoal.NON_CLINICAL_INDUSTRY, 4);
    private static final Weighted<MatchRoute> ROUTES = Weighted.of(MatchRoute.FIRST_TRY, 50, MatchRoute.AFTER_UNMATCHED, 35, MatchRoute.VIA_SOAP, 15);
    private static final Weighted<CurrentRole> ROLES = Weighted.of(CurrentRole.RESIDENT, 40, CurrentRole.FELLOW, 15,
            CurrentRole.ATTENDING, 35, CurrentRole.PA_NP, 3, CurrentRole.PUBLIC_HEALTH, 3, CurrentRole.INDUSTRY, 2, CurrentRole.RESEARCH, 2);
    /** Military programs take US citizens only. */
    private static final Weighted<ProgramType> PROGRAMS = Weighted.of(ProgramType.COMMUNITY, 40,
            ProgramType.COMMUNITY_UNIVERSITY_AFFILIATED, 25, ProgramType.UNIVERSITY, 35);
    private static final Weighted<ProgramType> US_IMG_PROGRAMS = Weighted.of(ProgramType.COMMUNITY, 38,
            ProgramType.COMMUNITY_UNIVERSITY_AFFILIATED, 25, ProgramType.UNIVERSITY, 32, ProgramType.MILITARY, 5);
    private static final int PAUSED_PERCENT = 8;
    private static final Weighted<Integer> YEARS_FROM_GRADUATION_TO_MATCH = Weighted.of(2, 8, 3, 16, 4, 18, 5, 16, 6, 14,
            7, 9, 8, 8, 9, 6, 10, 5);
    /** Step 1 and Step 2 CK together: 2 is each passed at the first try. */
    private static final Weighted<Integer> MENTOR_USMLE_ATTEMPTS = Weighted.of(2, 80, 3, 15, 4, 5);

    private final long seed;
    private final int currentYear;

    public PopulationGenerator(long seed, int currentYear) {
        if (currentYear < EARLIEST_GRADUATION_YEAR + 20) {
            throw new IllegalArgumentException("current year " + currentYear + " is implausible");
        }
        this.seed = seed;
        this.currentYear = currentYear;
    }

    public Population population(Sizes sizes) {
        List<SyntheticMentor> mentors = new ArrayList<>(sizes.mentors());
        for (int i = 0; i < sizes.mentors(); i++) {
            mentors.add(mentor(i));
        }
        List<SyntheticMentee> mentees = new ArrayList<>(sizes.mentees());
        for (int i = 0; i < sizes.mentees(); i++) {
            mentees.add(mentee(i));
        }
        return new Population(seed, moderator(), forums(sizes.forums()), mentors, mentees);
    }

    private RandomGenerator random(int kind, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index);
    }

    public Login moderator() {
        RandomGenerator random = random(MODERATOR, 0);
        Names.Name name = Names.draw("US", random);
        return login("moderator", 0, name, random);
    }

    public SyntheticMentee mentee(int index) {
        RandomGenerator random = random(MENTEE, index);
        boolean usCitizen = random.nextInt(100) < US_CITIZEN_PERCENT;
        MedicalSchool school = school(usCitizen, random);
        Names.Name name = Names.draw(usCitizen ? "US" : school.country(), random);
        Login login = login("mentee", index, name, random);

        List<Specialty> targets = targets(random);
        int attempts = ATTEMPTS.draw(random);
        int graduationYear = Math.max(EARLIEST_GRADUATION_YEAR,
                currentYear - attempts - YEARS_BEFORE_FIRST_MATCH.draw(random));
        VisaNeed visa = usCitizen ? VisaNeed.NONE : NON_US_VISA.draw(random);
        int step2 = step2Score(random, STEP2_MEAN, STEP2_SD, 1, 300);
        boolean step3 = visa == VisaNeed.H1B || random.nextInt(100) < 20;
        int usceMonths = random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(12);
        Set<UsceKind> usceKinds = EnumSet.noneOf(UsceKind.class);
        if (usceMonths > 0) {
            usceKinds.add(USCE_KINDS.draw(random));
            if (usceMonths >= 3 && random.nextInt(100) < 30) {
                usceKinds.add(USCE_KINDS.draw(random));
            }
        }
        int research = Math.min(12, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2));
        NextYearGoal goal = GOALS.draw(random);
        String home = usCitizen ? "US" : school.country();
        List<String> languages = new ArrayList<>(List.of("en"));
        if (!usCitizen || random.nextInt(100) < 15) {
            languages.add(Names.language(home, random));
        }
        String timeZone = usCitizen || random.nextInt(100) < 40
                ? Names.US_TIME_ZONES.get(random.nextInt(Names.US_TIME_ZONES.size()))
                : Names.homeTimeZone(home);
        // a fifth want to train anywhere (no preference); the rest name a region, a third of them also its neighbour
        int pick = random.nextInt(UsRegion.values().length + 1);
        Set<UsRegion> regions = EnumSet.noneOf(UsRegion.class);
        if (pick < UsRegion.values().length) {
            regions.add(UsRegion.values()[pick]);
            if (random.nextInt(100) < 33) {
                regions.add(UsRegion.values()[(pick + 1) % UsRegion.values().length]);
            }
        }
        Set<HelpTopic> help = topics(random, 2, 4);
        if (visa != VisaNeed.NONE && random.nextInt(100) < 70) {
            help.add(HelpTopic.VISA);
        } else if (visa == VisaNeed.NONE) {
            help.remove(HelpTopic.VISA);
            if (help.isEmpty()) {
                help.add(HelpTopic.APPLICATION_REVIEW);
            }
        }
        Set<SensitiveField> shared = EnumSet.noneOf(SensitiveField.class);
        if (random.nextInt(100) < 60) {
            shared.add(SensitiveField.MATCH_ATTEMPTS);
        }
        if (random.nextInt(100) < 40) {
            shared.add(SensitiveField.VISA_NEED);
        }
        // everyone here applied to the Match, so passed Step 1 and took Step 2 CK: CERTIFIED and Step 3 are allowed
        return new SyntheticMentee(index, login, targets, school, usCitizen, graduationYear,
                random.nextInt(100) < 85 ? EcfmgStatus.CERTIFIED : EcfmgStatus.IN_PROGRESS,
                true, random.nextInt(100) < 88 ? 1 : 2, step2, random.nextInt(100) < 90 ? 1 : 2, step3,
                usceMonths, usceKinds, research, attempts, random.nextInt(100) < 60, visa, goal, languages, timeZone,
                regions, help, shared);
    }

    public SyntheticMentor mentor(int index) {
        RandomGenerator random = random(MENTOR, index);
        boolean usImg = random.nextInt(100) < US_CITIZEN_PERCENT;
        MedicalSchool school = school(usImg, random);
        Names.Name name = Names.draw(usImg ? "US" : school.country(), random);
        Login login = login("mentor", index, new Names.Name("Dr. " + name.given(), name.family()), random);
        Specialty specialty = SPECIALTIES.draw(random);
        MatchRoute route = ROUTES.draw(random);
        int cycles = switch (route) {
            case FIRST_TRY -> 0;
            case AFTER_UNMATCHED -> CYCLES_UNMATCHED.draw(random);
            case VIA_SOAP -> random.nextInt(3);
        };
        CurrentRole role = ROLES.draw(random);
        int yearsSinceMatch = switch (role) {
            case RESIDENT -> random.nextInt(4);
            case FELLOW -> 3 + random.nextInt(4);
            default -> 4 + random.nextInt(12);
        };
        int matchYear = currentYear - yearsSinceMatch;
        VisaNeed visaPath = usImg ? VisaNeed.NONE : NON_US_VISA_PATH.draw(random);
        Set<WhatHelped> helped = EnumSet.noneOf(WhatHelped.class);
        for (WhatHelped candidate : EnumSet.range(WhatHelped.USCE, WhatHelped.NETWORKING)) {
            if (random.nextInt(100) < 30) {
                helped.add(candidate);
            }
        }
        if (route != MatchRoute.FIRST_TRY) {
            helped.add(WhatHelped.USCE);
        }
        if (visaPath == VisaNeed.H1B) {
            helped.add(WhatHelped.STEP3);
        }
        if (specialty == Specialty.SURGPRELIM || specialty == Specialty.TY) {
            helped.add(WhatHelped.PRELIMINARY_YEAR);
        }
        ProgramType program = (usImg ? US_IMG_PROGRAMS : PROGRAMS).draw(random);
        Set<HelpTopic> topics = topics(random, 2, 5);
        if (visaPath != VisaNeed.NONE) {
            topics.add(HelpTopic.VISA);
        }
        if (role.alternativeCareer()) {
            topics.add(HelpTopic.ALTERNATIVE_CAREERS);
        }
        String home = usImg ? "US" : school.country();
        List<String> languages = new ArrayList<>(List.of("en"));
        if (!usImg || random.nextInt(100) < 15) {
            languages.add(Names.language(home, random));
        }
        String timeZone = Names.US_TIME_ZONES.get(random.nextInt(Names.US_TIME_ZONES.size()));
        int capacity = 1 + random.nextInt(5);
        String bio = bio(specialty, matchYear, school, route, cycles, role, program);
        // the kind of programs they applied to, and whether they aimed at programs known to take IMGs
        int tag = random.nextInt(100);
        if (tag < 25) {
            helped.add(program == ProgramType.UNIVERSITY ? WhatHelped.UNIVERSITY_PROGRAMS : WhatHelped.COMMUNITY_PROGRAMS);
        } else if (tag < 45) {
            helped.add(WhatHelped.IMG_FRIENDLY_PROGRAMS);
        }
        int pausedForDays = random.nextInt(100) < PAUSED_PERCENT ? 14 + random.nextInt(107) : 0;
        // drawn last, so every mentor's other fields stay what the same seed always gave
        Integer graduationYear = random.nextInt(100) < MENTOR_TELLS_PERCENT ? graduationYear(matchYear, cycles, random) : null;
        ExamHistory exams = random.nextInt(100) < MENTOR_TELLS_PERCENT ? mentorExams(random) : null;
        return new SyntheticMentor(index, login, specialty, matchYear, school, usImg, route, cycles, visaPath,
                graduationYear, exams, helped, role, program, topics, languages, timeZone, bio, capacity, pausedForDays);
    }

    /** Each unmatched cycle is a year spent after graduating, so a mentor graduated more years before than that. */
    private static int graduationYear(int matchYear, int unmatchedCycles, RandomGenerator random) {
        return matchYear - Math.max(YEARS_FROM_GRADUATION_TO_MATCH.draw(random), unmatchedCycles + 1);
    }

    private static ExamHistory mentorExams(RandomGenerator random) {
        return new ExamHistory(step2Score(random, MENTOR_STEP2_MEAN, MENTOR_STEP2_SD, MENTOR_STEP2_MIN, MENTOR_STEP2_MAX),
                MENTOR_USMLE_ATTEMPTS.draw(random));
    }

    /**
     * {@code count} forums for the paths most people in this population are on: the two visa forums first, then
     * specialty × school-country pairs by how many mentees share them (half of the rest), then one forum per
     * specialty by size, then further pairs.
     */
    public List<SyntheticForum> forums(int count) {
        List<SyntheticForum> visa = List.of(
                new SyntheticForum("J-1 visa and waiver questions",
                        "ECFMG sponsorship, the J-1 waiver and what programs expect of J-1 applicants.", List.of("visa:J1")),
                new SyntheticForum("H-1B applicants",
                        "Programs that sponsor H-1B, Step 3 timing and cap-exempt employers.", List.of("visa:H1B")));
        Map<String, Integer> pairCounts = new LinkedHashMap<>();
        for (int i = 0; i < FORUM_SAMPLE; i++) {
            SyntheticMentee mentee = mentee(i);
            pairCounts.merge(mentee.targetSpecialty().name() + ":" + mentee.medicalSchoolCountry(), 1, Integer::sum);
        }
        List<SyntheticForum> pairs = pairCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(pair -> {
                    String[] parts = pair.getKey().split(":");
                    Specialty specialty = Specialty.valueOf(parts[0]);
                    String country = countryName(parts[1]);
                    return new SyntheticForum(specialty.title() + " applicants from " + country,
                            "Peers who studied in " + country + " and are applying to " + specialty.title()
                                    + ": applications, interviews and staying the course.",
                            List.of("specialty:" + specialty.name(), "country:" + parts[1]));
                })
                .toList();
        List<SyntheticForum> bySpecialty = SpecialtyShares.drawn().stream()
                .sorted(Comparator.comparingInt(SpecialtyShares::percent).reversed())
                .map(specialty -> new SyntheticForum(specialty.title() + " (all IMGs)",
                        "Everyone applying to " + specialty.title() + ", wherever they trained.",
                        List.of("specialty:" + specialty.name())))
                .toList();
        int firstPairs = Math.min(pairs.size(), Math.max(1, (count - visa.size() + 1) / 2));
        List<SyntheticForum> all = new ArrayList<>(visa);
        all.addAll(pairs.subList(0, firstPairs));
        all.addAll(bySpecialty);
        all.addAll(pairs.subList(firstPairs, pairs.size()));
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    private static String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private Login login(String role, int index, Names.Name name, RandomGenerator random) {
        String given = name.given().startsWith("Dr. ") ? name.given().substring(4) : name.given();
        String email = Names.slug(given) + "." + Names.slug(name.family()) + "." + role + index + "@" + EMAIL_DOMAIN;
        return new Login(email, password(random), name.display());
    }

    /** 20 letters and digits (no look-alikes): well above profiles' 12-character minimum. */
    private static String password(RandomGenerator random) {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static MedicalSchool school(boolean usCitizen, RandomGenerator random) {
        if (usCitizen) {
            return MedicalSchool.CARIBBEAN.get(random.nextInt(MedicalSchool.CARIBBEAN.size()));
        }
        List<MedicalSchool> schools = MedicalSchool.in(MedicalSchool.ABROAD_COUNTRY.draw(random));
        return schools.get(random.nextInt(schools.size()));
    }

    private static List<Specialty> targets(RandomGenerator random) {
        Set<Specialty> targets = new LinkedHashSet<>();
        targets.add(SPECIALTIES.draw(random));
        int more = EXTRA_TARGETS.draw(random);
        for (int attempt = 0; targets.size() < 1 + more && attempt < 20; attempt++) {
            targets.add(SPECIALTIES.draw(random));
        }
        return List.copyOf(targets);
    }

    /** A whole Step 2 CK score drawn from a normal distribution, clamped to {@code min}–{@code max}. */
    static int step2Score(RandomGenerator random, double mean, double sd, int min, int max) {
        long score = Math.round(mean + sd * random.nextGaussian());
        return (int) Math.max(min, Math.min(max, score));
    }

    private static Set<HelpTopic> topics(RandomGenerator random, int min, int max) {
        Set<HelpTopic> topics = EnumSet.noneOf(HelpTopic.class);
        int wanted = min + random.nextInt(max - min + 1);
        HelpTopic[] all = HelpTopic.values();
        while (topics.size() < wanted) {
            topics.add(all[random.nextInt(all.length)]);
        }
        return topics;
    }

    private static String bio(Specialty specialty, int matchYear, MedicalSchool school, MatchRoute route, int cycles,
                              CurrentRole role, ProgramType program) {
        String how = switch (route) {
            case FIRST_TRY -> "on my first try";
            case AFTER_UNMATCHED -> "after " + cycles + " unmatched " + (cycles == 1 ? "cycle" : "cycles");
            case VIA_SOAP -> "through SOAP";
        };
        String now = switch (role) {
            case RESIDENT -> "a resident at a " + program.description() + " program";
            case FELLOW -> "a fellow at a " + program.description() + " program";
            case ATTENDING -> "an attending";
            case PA_NP -> "working as a physician assistant";
            case PUBLIC_HEALTH -> "working in public health";
            case INDUSTRY -> "working in the pharmaceutical industry";
            case RESEARCH -> "a full-time researcher";
        };
        return "Graduated from " + school.name() + " and matched into " + specialty.title() + " in " + matchYear
                + " " + how + ". Now " + now + ".";
    }
}
