package org.rematch.notifications.inbox.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.rematch.testsupport.DomainCoreRules;

/** The inbox's rendering rules stay plain Java: no Spring, Mongo or Kafka inside. */
@AnalyzeClasses(packages = "org.rematch.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainCoreArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFrameworkFree = DomainCoreRules.frameworkFree("org.rematch.notifications.inbox.core..");
}
