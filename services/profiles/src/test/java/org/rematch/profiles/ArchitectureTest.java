package org.rematch.profiles;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.rematch.testsupport.DomainCoreRules;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rematch.profiles");

    @Test
    void theDomainCoreKnowsNothingOfSpringMongoKafkaOrJson() {
        DomainCoreRules.frameworkFree("org.rematch.profiles.core..").check(classes);
    }

    @Test
    void theDomainCoreDoesNotReachIntoTheFeatures() {
        DomainCoreRules.independentOf("org.rematch.profiles.core..", "org.rematch.profiles.account..",
                "org.rematch.profiles.auth..", "org.rematch.profiles.mentee..", "org.rematch.profiles.signing..",
                "org.rematch.profiles.admin..", "org.rematch.profiles.privacy..").check(classes);
    }
}
