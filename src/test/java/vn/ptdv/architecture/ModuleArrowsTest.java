package vn.ptdv.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of architecture.md true: modules meet only through each other's api package. */
class ModuleArrowsTest {

    private static final List<String> BUSINESS = List.of("organization", "admission", "training", "emulation", "demo");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ptdv");
    }

    @Test
    void modulesUseOtherModulesOnlyThroughTheirApi() {
        List<String> all = new java.util.ArrayList<>(BUSINESS);
        all.add("reporting");
        for (String module : all) {
            for (String other : all) {
                if (module.equals(other)) {
                    continue;
                }
                noClasses().that().resideInAPackage("vn.ptdv." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "vn.ptdv." + other + ".boundary..", "vn.ptdv." + other + ".control..", "vn.ptdv." + other + ".entity..")
                        .allowEmptyShould(true)
                        .because(module + " may see only " + other + "'s api package")
                        .check(classes);
            }
        }
    }

    @Test
    void reportingDependsOnNoBusinessModule() {
        noClasses().that().resideInAPackage("vn.ptdv.reporting..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BUSINESS.stream().map(m -> "vn.ptdv." + m + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void platformAndSharedDependOnNoBusinessModule() {
        List<String> forbidden = new java.util.ArrayList<>(BUSINESS);
        forbidden.add("reporting");
        noClasses().that().resideInAnyPackage("vn.ptdv.platform..", "vn.ptdv.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        forbidden.stream().map(m -> "vn.ptdv." + m + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void organizationDependsOnNoOtherBusinessModule() {
        noClasses().that().resideInAPackage("vn.ptdv.organization..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.ptdv.admission..", "vn.ptdv.training..",
                        "vn.ptdv.emulation..", "vn.ptdv.reporting..", "vn.ptdv.demo..")
                .check(classes);
    }

    @Test
    void admissionNeverReachesTrainingOrEmulation() {
        // training → admission and emulation → admission are the arrows; never the reverse
        noClasses().that().resideInAPackage("vn.ptdv.admission..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.ptdv.training..", "vn.ptdv.emulation..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void entitiesNeverGoOverTheWireOrLeaveTheirModule() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..entity..")
                .check(classes);
    }
}
