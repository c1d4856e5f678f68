package vn.ptdv.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AdmissionAchievements;
import vn.ptdv.admission.api.AdmissionBulkLoad;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.AdmissionRegistry;
import vn.ptdv.admission.api.AdmissionStatistics;
import vn.ptdv.admission.api.AwarenessCertificates;
import vn.ptdv.admission.api.CandidatePool;
import vn.ptdv.document.api.DocumentRegister;
import vn.ptdv.emulation.api.EmulationRegistry;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationBulkLoad;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRegistry;
import vn.ptdv.platform.security.OrganizationScopeResolver;

/**
 * Scope by construction: resources reach the data only through services that check the caller's permission and scope.
 * The look-ups that check nothing (the api facades other modules use, and the repositories behind every service) are
 * out of the boundary's reach, so that one wrong call in a resource does not compile into a leak across districts.
 */
class ScopeByConstructionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ptdv");
    }

    /** The api facades for other modules and loaders, and their implementations: none checks the caller's scope. */
    private static DescribedPredicate<JavaClass> uncheckedFacades() {
        return or(assignableTo(OrganizationDirectory.class), assignableTo(IssuerDirectory.class),
                assignableTo(OrganizationRegistry.class), assignableTo(OrganizationBulkLoad.class),
                assignableTo(OrganizationScopeResolver.class), assignableTo(AdmissionRecords.class),
                assignableTo(AdmissionRegistry.class), assignableTo(AdmissionStatistics.class),
                assignableTo(AdmissionAchievements.class), assignableTo(AdmissionBulkLoad.class),
                assignableTo(AwarenessCertificates.class), assignableTo(CandidatePool.class), assignableTo(EmulationRegistry.class),
                assignableTo(vn.ptdv.emulation.api.AwardDossierRegistry.class),
                assignableTo(DocumentRegister.class))
                .as("are unchecked api facades or their implementations");
    }

    @Test
    void resourcesReachNoUncheckedFacade() {
        noClasses().that().resideInAPackage("vn.ptdv..boundary..")
                .should().dependOnClassesThat(uncheckedFacades())
                .because("resources use the scope-checked services; the facades serve other modules and loaders")
                .check(classes);
    }

    @Test
    void resourcesReachNoRepository() {
        noClasses().that().resideInAPackage("vn.ptdv..boundary..")
                .should().dependOnClassesThat(simpleNameEndingWith("Repository").or(simpleNameEndingWith("Facade")))
                .because("repositories and facades answer every caller alike; only services check the caller")
                .check(classes);
    }

    /**
     * The services resources inject keep checked and unchecked look-ups apart, so that neither grows into the other.
     * AdmissionStatisticsService is the one unchecked service: the report providers' figures, checked by the reporting
     * boundary (its name is cited by migration V1_9_5, which cannot change).
     */
    @Test
    void scopeCheckedServicesImplementNoUncheckedFacade() {
        noClasses().that().resideInAPackage("vn.ptdv..control..").and().haveSimpleNameEndingWith("Service")
                .and().resideInAnyPackage("vn.ptdv.organization..", "vn.ptdv.admission..", "vn.ptdv.emulation..",
                        "vn.ptdv.document..")
                .and().doNotHaveSimpleName("AdmissionStatisticsService")
                .should().beAssignableTo(uncheckedFacades())
                .because("a service that resources inject must not also answer unchecked look-ups")
                .check(classes);
    }
}
