package org.rnngradientlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Data flows one way: app → cli/io → core. The core and the command line never touch JavaFX. */
@AnalyzeClasses(packages = "org.rnngradientlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreAndCliNeverDependOnJavaFx = noClasses()
            .that()
            .resideInAnyPackage("..core..", "..cli..", "..io..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule coreDependsOnNothingElseOfOurs = noClasses()
            .that()
            .resideInAPackage("..core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..cli..", "..io..", "..app..");

    @ArchTest
    static final ArchRule theCommandLineKnowsNothingOfTheApp = noClasses()
            .that()
            .resideInAnyPackage("..cli..", "..io..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..app..");
}
