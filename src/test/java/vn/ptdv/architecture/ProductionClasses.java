package vn.ptdv.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The classes of the WAR ({@code vn.ptdv}, without the tests), imported once per test JVM for every test that reads
 * the bytecode (the module map, the persistence unit's class list). Classes outside {@code vn.ptdv} are not imported
 * (src/test/resources/archunit.properties): the rules need only their names, and resolving them from the classpath
 * (JasperReports, POI, EclipseLink...) was most of the 10 s each such test took.
 */
public final class ProductionClasses {

    private static JavaClasses classes;

    private ProductionClasses() {
    }

    public static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("vn.ptdv");
        }
        return classes;
    }
}
