package vn.ptdv.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AwarenessCertificates;
import vn.ptdv.training.api.TrainingRegistry;

/**
 * Scope by construction: the training resources reach only the services of {@code control}, which check permission
 * and scope; the unchecked look-ups (repositories, the class access, the facades other modules use) are not public.
 */
class TrainingBoundaryTest {

    private static final String CONTROL = "vn.ptdv.training.control";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ptdv.training");
    }

    /** A class of control other than a service (or a type declared in one), the enum parser and a service's answer. */
    private static final DescribedPredicate<JavaClass> CONTROL_BUT_SERVICES = new DescribedPredicate<>(
            "classes of " + CONTROL + " other than its *Service classes (with their nested types), Choices and CertifiedLearner") {
        @Override
        public boolean test(JavaClass c) {
            if (!c.getPackageName().equals(CONTROL)) {
                return false;
            }
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return !top.getSimpleName().endsWith("Service") && !top.getSimpleName().equals("Choices")
                    && !top.getSimpleName().equals("CertifiedLearner");
        }
    };

    @Test
    void resourcesReachOnlyTheServicesOfControl() {
        noClasses().that().resideInAPackage("vn.ptdv.training.boundary..")
                .should().dependOnClassesThat(CONTROL_BUT_SERVICES)
                .because("a resource that injected a repository or a facade could read outside the caller's scope")
                .check(classes);
    }

    @Test
    void uncheckedLookUpsAreNotPublic() {
        classes().that().resideInAPackage(CONTROL).and().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleName("ClassAccess")
                .or().implement(AwarenessCertificates.class)
                .or().implement(TrainingRegistry.class)
                .should().notBePublic()
                .because("they do not check the caller's scope; other modules reach them through training.api or admission.api")
                .check(classes);
    }
}
