package org.rematch.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The architecture rule every service keeps for its domain core: plain Java, testable without any framework. */
public final class DomainCoreRules {

    /** What a domain core must not depend on: Spring, Mongo, Kafka, Jakarta, Jackson, Nimbus JOSE and the service kit. */
    public static final String[] FRAMEWORKS = {
            "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..", "jakarta..",
            "tools.jackson..", "com.fasterxml.jackson..", "com.nimbusds..", "org.rematch.kit.."};

    private DomainCoreRules() {
    }

    /** No class in {@code domainPackage} (an ArchUnit package pattern, e.g. {@code "..domain.."}) uses a framework. */
    public static ArchRule frameworkFree(String domainPackage) {
        return noClasses().that().resideInAPackage(domainPackage)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
    }

    /** No class in {@code domainPackage} uses the service's own outer layers (web, persistence, features). */
    public static ArchRule independentOf(String domainPackage, String... outerPackages) {
        return noClasses().that().resideInAPackage(domainPackage)
                .should().dependOnClassesThat().resideInAnyPackage(outerPackages);
    }
}
