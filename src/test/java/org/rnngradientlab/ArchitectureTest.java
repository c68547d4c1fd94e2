package org.rnngradientlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way: app → cli/io → core. The core and the command line never touch JavaFX. Inside the core,
 * the simulator (package core) → experiment → linalg, random; the rooms below never reach back up. Inside the
 * app, the packages depend in one direction too, with no cycle.
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

    // The app's packages: a direction, no cycles (docs/ARCHITECTURE.md draws it)

    @ArchTest
    static final ArchRule theAppsPackagesAreFreeOfCycles =
            slices().matching("org.rnngradientlab.app.(**)").should().beFreeOfCycles();

    /**
     * window → export, view → view.chart → viewmodel → text; the root only assembles. Checked on the app's
     * own packages; core, io and cli lie below all of them.
     */
    @ArchTest
    static final ArchRule theAppsPackagesDependInOneDirection = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Assembly")
            .definedBy("org.rnngradientlab.app")
            .layer("Window")
            .definedBy("org.rnngradientlab.app.window..")
            .layer("Export")
            .definedBy("org.rnngradientlab.app.export..")
            .layer("View")
            .definedBy("org.rnngradientlab.app.view")
            .layer("Chart")
            .definedBy("org.rnngradientlab.app.view.chart..")
            .layer("ViewModel")
            .definedBy("org.rnngradientlab.app.viewmodel..")
            .layer("Text")
            .definedBy("org.rnngradientlab.app.text..")
            .whereLayer("Assembly")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Window")
            .mayOnlyBeAccessedByLayers("Assembly")
            .whereLayer("Export")
            .mayOnlyBeAccessedByLayers("Window", "Assembly")
            .whereLayer("View")
            .mayOnlyBeAccessedByLayers("Window", "Assembly")
            .whereLayer("Chart")
            .mayOnlyBeAccessedByLayers("View", "Export", "Window", "Assembly")
            .whereLayer("ViewModel")
            .mayOnlyBeAccessedByLayers("Chart", "View", "Export", "Window", "Assembly")
            .whereLayer("Text")
            .mayOnlyBeAccessedByLayers("ViewModel", "Chart", "View", "Export", "Window", "Assembly");

    @ArchTest
    static final ArchRule theViewModelNeverTouchesTheScene = noClasses()
            .that()
            .resideInAPackage("..app.viewmodel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");
}
