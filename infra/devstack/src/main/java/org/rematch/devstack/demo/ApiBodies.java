package org.rematch.devstack.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rematch.population.Login;
import org.rematch.population.SyntheticForum;
import org.rematch.population.SyntheticMentee;
import org.rematch.population.SyntheticMentor;

/**
 * The request bodies the platform's HTTP API accepts, made from the synthetic population: the one place that turns
 * synthetic records into HTTP bodies. Mentee paths and mentor listings carry every field profiles and the directory
 * accept (issue 4); ApiBodiesTest checks each generated body against the services' own validation rules.
 */
public final class ApiBodies {

    private ApiBodies() {
    }

    /** POST /api/auth/register. */
    public static Map<String, Object> registration(Login login, String role) {
        return ordered("email", login.email(), "password", login.password(), "displayName", login.displayName(), "role", role);
    }

    /** POST /api/auth/token. */
    public static Map<String, Object> credentials(Login login) {
        return ordered("email", login.email(), "password", login.password());
    }

    /** POST /api/accounts/moderators (ADMIN). */
    public static Map<String, Object> moderator(Login login) {
        return ordered("email", login.email(), "password", login.password(), "displayName", login.displayName());
    }

    /** POST /api/forums (MODERATOR). */
    public static Map<String, Object> forum(SyntheticForum forum) {
        return ordered("name", forum.name(), "description", forum.description(), "tags", forum.tags());
    }

    /** POST /api/mentors (MENTOR): the whole journey, with the availability as of today (UTC). */
    public static Map<String, Object> listing(SyntheticMentor mentor) {
        return listing(mentor, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * POST /api/mentors (MENTOR): every field the directory's ListingRequest takes. A paused mentor is sent as
     * {@code accepting: false} with {@code pausedUntil} = {@code today} + the mentor's pause; the others accepting.
     * A graduation year or exams the mentor does not tell go as null, as the directory reads a missing one.
     */
    public static Map<String, Object> listing(SyntheticMentor mentor, LocalDate today) {
        Map<String, Object> body = ordered(
                "matchedSpecialty", mentor.matchedSpecialty().name(),
                "matchedYear", mentor.matchedYear(),
                "medicalSchoolCountry", mentor.medicalSchoolCountry(),
                "usImg", mentor.usImg(),
                "unmatchedCyclesBeforeMatch", mentor.unmatchedCyclesBeforeMatch(),
                "matchedViaSoap", mentor.viaSoap(),
                "visaPath", mentor.visaPath().name(),
                "graduationYear", mentor.graduationYear(),
                "exams", mentor.exams() == null ? null
                        : ordered("step2ckScore", mentor.exams().step2ckScore(), "usmleAttempts", mentor.exams().usmleAttempts()),
                "whatHelped", names(mentor.whatHelped()),
                "currentRole", mentor.currentRole().name(),
                "programType", mentor.programType() == null ? null : mentor.programType().name(),
                "topics", names(mentor.topics()),
                "languages", mentor.languages(),
                "timeZone", mentor.timeZone(),
                "bio", mentor.bio(),
                "capacity", mentor.capacity(),
                "accepting", mentor.accepting());
        if (!mentor.accepting()) {
            body.put("pausedUntil", today.plusDays(mentor.pausedForDays()).toString());
        }
        return body;
    }

    /** POST /api/mentees (MENTEE): every field of profiles' MenteePath. */
    public static Map<String, Object> path(SyntheticMentee mentee) {
        return ordered(
                "targetSpecialties", mentee.targetSpecialties().stream().map(Enum::name).toList(),
                "medicalSchoolCountry", mentee.medicalSchoolCountry(),
                "medicalSchoolName", mentee.medicalSchoolName(),
                "usCitizen", mentee.usCitizen(),
                "graduationYear", mentee.graduationYear(),
                "ecfmgStatus", mentee.ecfmg().name(),
                "usmle", ordered(
                        "step1", ordered("outcome", mentee.step1Passed() ? "PASS" : "FAIL",
                                "attempts", mentee.step1Attempts()),
                        "step2ck", ordered("score", mentee.step2CkScore(), "attempts", mentee.step2CkAttempts()),
                        "step3Passed", mentee.step3Passed()),
                "usClinicalExperience", ordered("months", mentee.usceMonths(), "kinds", names(mentee.usceKinds())),
                "researchItems", mentee.researchItems(),
                "priorMatchCycles", mentee.matchAttempts(),
                "soapTried", mentee.soapTried(),
                "visaNeed", mentee.visaNeed().name(),
                "goal", mentee.goal().name(),
                "languages", mentee.languages(),
                "timeZone", mentee.timeZone(),
                "usRegionPreference", names(mentee.usRegionPreference()),
                "helpWanted", names(mentee.helpWanted()),
                "sharedWithMentors", names(mentee.sharedWithMentors()),
                "forumJoining", mentee.forumJoining().name());
    }

    /** The constants' names in declaration order, so the same person always gives the same JSON. */
    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).toList();
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
