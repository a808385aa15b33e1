package org.rematch.directory.listing.domain;

/** The kind of residency program a mentor trains or trained in (FREIDA's program settings). */
public enum ProgramType {
    UNIVERSITY,
    COMMUNITY_UNIVERSITY_AFFILIATED,
    COMMUNITY,
    MILITARY
}
