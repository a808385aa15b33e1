package org.rematch.profiles.core;

/** Kinds of US clinical experience (USCE): hands-on (a clinical rotation or job), observership, externship. */
public enum ClinicalExperienceKind {
    HANDS_ON, OBSERVERSHIP, EXTERNSHIP
}
