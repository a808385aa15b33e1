package org.rematch.directory;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.rematch.testsupport.DomainCoreRules;

@AnalyzeClasses(packages = "org.rematch.directory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainStaysFreeOfFrameworks = DomainCoreRules.frameworkFree("..domain..")
            .because("the directory's rules are plain Java, testable without Spring, Mongo or Kafka");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoTheWebOrPersistenceLayer =
            DomainCoreRules.independentOf("..domain..", "org.rematch.directory.listing")
            .because("the web and persistence code uses the domain, not the other way round");
}
