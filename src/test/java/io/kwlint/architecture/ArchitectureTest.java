package io.kwlint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages in layers, each using only those below it: the YAML tree, sources, JSON
 * and findings; values; the model; the rule API; the checks (rules, schemas, rollouts); the
 * engine; the reports; the configuration. The engine knows nothing of picocli or Maven.
 */
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kwlint");

    @Test
    void packagesUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Base").definedBy("io.kwlint.yaml..", "io.kwlint.source..", "io.kwlint.json..", "io.kwlint.finding..")
                .layer("Values").definedBy("io.kwlint.value..")
                .layer("Model").definedBy("io.kwlint.model..")
                .layer("RuleApi").definedBy("io.kwlint.rule..")
                .layer("Checks").definedBy("io.kwlint.rules..", "io.kwlint.podsecurity..", "io.kwlint.schema..", "io.kwlint.rollout..")
                .layer("Engine").definedBy("io.kwlint.engine..")
                .layer("Reports").definedBy("io.kwlint.report..")
                .layer("Config").definedBy("io.kwlint.config..")
                .whereLayer("Config").mayNotBeAccessedByAnyLayer()
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Config")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Reports", "Config")
                .whereLayer("Checks").mayOnlyBeAccessedByLayers("Engine", "Reports", "Config")
                .whereLayer("RuleApi").mayOnlyBeAccessedByLayers("Checks", "Engine", "Reports", "Config")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("RuleApi", "Checks", "Engine", "Reports", "Config")
                .whereLayer("Values").mayOnlyBeAccessedByLayers("Model", "RuleApi", "Checks", "Engine", "Reports", "Config")
                .check(ENGINE);
    }

    @Test
    void theChecksDoNotUseEachOther() {
        // Rules are found through the rule index; previews and schemas serve rules, never the reverse.
        noClasses().that().resideInAnyPackage("io.kwlint.rollout..", "io.kwlint.schema..")
                .should().dependOnClassesThat().resideInAPackage("io.kwlint.rules..")
                .check(ENGINE);
        noClasses().that().resideInAPackage("io.kwlint.rollout..")
                .should().dependOnClassesThat().resideInAPackage("io.kwlint.schema..")
                .check(ENGINE);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.kwlint.(*)..").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void theEngineKnowsNothingOfItsShells() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.apache.maven..", "io.kwlint.cli..",
                "io.kwlint.maven..").check(ENGINE);
    }
}
