package org.rematch.contracts.path;

/**
 * The specialties a residency applicant targets and a mentor matched into: ACGME specialties plus the preliminary and
 * transitional years many IMGs take first. The constant's name is the code that travels in APIs, events and tags.
 */
public enum Specialty {
    IM("Internal Medicine"),
    FM("Family Medicine"),
    PEDS("Pediatrics"),
    MEDPEDS("Internal Medicine-Pediatrics"),
    EM("Emergency Medicine"),
    PSYCH("Psychiatry"),
    NEURO("Neurology"),
    CHILDNEURO("Child Neurology"),
    PATH("Pathology"),
    GS("General Surgery"),
    SURGPRELIM("Surgery, preliminary year"),
    IMPRELIM("Internal Medicine, preliminary year"),
    TY("Transitional Year"),
    OBGYN("Obstetrics and Gynecology"),
    ANES("Anesthesiology"),
    DR("Diagnostic Radiology"),
    IR("Interventional Radiology"),
    RADONC("Radiation Oncology"),
    NUCMED("Nuclear Medicine"),
    PMR("Physical Medicine and Rehabilitation"),
    DERM("Dermatology"),
    OPHTH("Ophthalmology"),
    ORTHO("Orthopaedic Surgery"),
    ENT("Otolaryngology"),
    URO("Urology"),
    NSURG("Neurological Surgery"),
    PLASTICS("Plastic Surgery"),
    VASC("Vascular Surgery"),
    CT("Thoracic Surgery"),
    PREVMED("Preventive Medicine"),
    MEDGEN("Medical Genetics and Genomics");

    private final String title;

    Specialty(String title) {
        this.title = title;
    }

    /** The specialty's name as people write it. */
    public String title() {
        return title;
    }
}
