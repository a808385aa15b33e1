package org.rematch.notifications.inbox.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The inbox's rendering rules stay plain Java: no Spring, Mongo or Kafka inside. */
@AnalyzeClasses(packages = "org.rematch.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainCoreArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFrameworkFree = noClasses()
            .that().resideInAPackage("org.rematch.notifications.inbox.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.rematch.kit..");
}
