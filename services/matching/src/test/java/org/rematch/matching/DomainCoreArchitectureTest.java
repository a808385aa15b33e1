package org.rematch.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain core (scoring, forum recommendation, the policies) is plain Java: no Spring, Mongo, Kafka, Jackson or kit.
 * It may use the contracts' vocabulary (plain records and enums without framework imports, which services/contracts
 * keeps so) and ICU4J's locale data (world regions of countries: reference data like {@code java.util.Locale}'s, with
 * no framework behind it).
 */
@AnalyzeClasses(packages = "org.rematch.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainCoreArchitectureTest {

    @ArchTest
    static final ArchRule domainCoreDependsOnlyOnTheJdkItselfContractsAndLocaleData = classes()
            .that().resideInAnyPackage("org.rematch.matching.scoring..", "org.rematch.matching.recommendation..",
                    "org.rematch.matching.policy..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.rematch.matching.scoring..", "org.rematch.matching.recommendation..",
                    "org.rematch.matching.policy..", "org.rematch.contracts..", "com.ibm.icu.util..");
}
