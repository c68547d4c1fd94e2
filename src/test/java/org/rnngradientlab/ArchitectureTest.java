package org.rnngradientlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way: app → cli/io → core. The core and the command line never touch JavaFX. Inside the core,
 * the simulator (package core) → experiment → linalg, random; the rooms below never reach back up.
 */
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

    @ArchTest
    static final ArchRule coresRoomsFormNoCycle =
            slices().matching("org.rnngradientlab.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule randomAndLinalgKnowNothingOfTheExperiments = noClasses()
            .that()
            .resideInAnyPackage("..core.random..", "..core.linalg..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..core.experiment..");

    @ArchTest
    static final ArchRule coresRoomsKnowNothingOfTheSimulatorAbove = noClasses()
            .that()
            .resideInAnyPackage("..core.random..", "..core.linalg..", "..core.experiment..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.rnngradientlab.core");
}
