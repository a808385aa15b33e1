package org.rematch.forums;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.rematch.testsupport.DomainCoreRules;

@AnalyzeClasses(packages = "org.rematch.forums", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainStaysFreeOfFrameworks = DomainCoreRules.frameworkFree("..domain..")
            .because("forum, membership, thread, post and moderation rules are plain Java, testable without Spring, Mongo or Kafka");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoTheWebOrPersistenceLayer =
            DomainCoreRules.independentOf("..domain..", "org.rematch.forums.forum", "org.rematch.forums.membership",
                    "org.rematch.forums.thread", "org.rematch.forums.markdown", "org.rematch.forums.privacy", "org.rematch.forums.web",
                    "org.rematch.forums.moderation")
            .because("the web and persistence code uses the domain, not the other way round");
}
