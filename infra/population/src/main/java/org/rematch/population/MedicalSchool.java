package org.rematch.population;

import java.util.List;

/**
 * A medical school outside the US: its name and country (ISO 3166 alpha-2). Caribbean schools are where most US
 * citizens who are IMGs trained.
 */
public record MedicalSchool(String name, String country, boolean caribbean) {

    /** Schools of non-US IMGs, in the countries the issue names: India, Pakistan, Egypt, Nigeria, China. */
    public static final List<MedicalSchool> ABROAD = List.of(
            new MedicalSchool("All India Institute of Medical Sciences, New Delhi", "IN", false),
            new MedicalSchool("Maulana Azad Medical College", "IN", false),
            new MedicalSchool("Christian Medical College, Vellore", "IN", false),
            new MedicalSchool("Grant Government Medical College, Mumbai", "IN", false),
            new MedicalSchool("Kasturba Medical College, Manipal", "IN", false),
            new MedicalSchool("King Edward Medical University", "PK", false),
            new MedicalSchool("Aga Khan University Medical College", "PK", false),
            new MedicalSchool("Dow Medical College", "PK", false),
            new MedicalSchool("Allama Iqbal Medical College", "PK", false),
            new MedicalSchool("Cairo University Faculty of Medicine (Kasr Al Ainy)", "EG", false),
            new MedicalSchool("Ain Shams University Faculty of Medicine", "EG", false),
            new MedicalSchool("Alexandria University Faculty of Medicine", "EG", false),
            new MedicalSchool("University of Lagos College of Medicine", "NG", false),
            new MedicalSchool("University of Ibadan College of Medicine", "NG", false),
            new MedicalSchool("Obafemi Awolowo University College of Health Sciences", "NG", false),
            new MedicalSchool("Peking University Health Science Center", "CN", false),
            new MedicalSchool("Fudan University Shanghai Medical College", "CN", false),
            new MedicalSchool("Sun Yat-sen University Zhongshan School of Medicine", "CN", false));

    /** Caribbean schools, where US-citizen IMGs mostly trained. */
    public static final List<MedicalSchool> CARIBBEAN = List.of(
            new MedicalSchool("St. George's University School of Medicine", "GD", true),
            new MedicalSchool("Ross University School of Medicine", "BB", true),
            new MedicalSchool("American University of the Caribbean School of Medicine", "SX", true),
            new MedicalSchool("Saba University School of Medicine", "BQ", true),
            new MedicalSchool("Medical University of the Americas", "KN", true),
            new MedicalSchool("American University of Antigua College of Medicine", "AG", true),
            new MedicalSchool("Trinity Medical Sciences University", "VC", true));

    /** How the non-US IMGs spread over the five countries (percent). */
    static final Weighted<String> ABROAD_COUNTRY = Weighted.of("IN", 34, "PK", 24, "NG", 17, "EG", 13, "CN", 12);

    static List<MedicalSchool> in(String country) {
        return ABROAD.stream().filter(school -> school.country().equals(country)).toList();
    }
}
