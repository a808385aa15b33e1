package org.rematch.notifications;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.rematch.testsupport.DomainCoreRules;

/**
 * The packages (each feature and its pure core: inbox, accounts, email, preferences) depend on each other one way only,
 * and every pure core stays plain Java: no Spring, Mongo or Kafka inside.
 */
@AnalyzeClasses(packages = "org.rematch.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.rematch.notifications.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coresAreFrameworkFree = DomainCoreRules.frameworkFree("org.rematch.notifications.*.core..");
}
