package org.rematch.profiles;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rematch.profiles");

    @Test
    void theDomainCoreKnowsNothingOfSpringMongoKafkaOrJson() {
        noClasses().that().resideInAPackage("org.rematch.profiles.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "tools.jackson..",
                        "com.fasterxml.jackson..", "com.nimbusds..", "jakarta..", "org.rematch.kit..")
                .check(classes);
    }

    @Test
    void theDomainCoreDoesNotReachIntoTheFeatures() {
        noClasses().that().resideInAPackage("org.rematch.profiles.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.rematch.profiles.account..", "org.rematch.profiles.auth..",
                        "org.rematch.profiles.mentee..", "org.rematch.profiles.signing..")
                .check(classes);
    }
}
