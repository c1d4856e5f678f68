package vn.ptdv.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map of docs/architecture.md as an allow-list. Modules are the root packages under {@code vn.ptdv},
 * found in the bytecode, so a new module that follows the layout ({@code vn.ptdv.document.api|boundary|control|entity})
 * is checked without an edit here. A class of a module may depend, inside {@code vn.ptdv}, only on
 * <ul>
 *   <li>its own module,</li>
 *   <li>another module's {@code api} package,</li>
 *   <li>{@code shared},</li>
 *   <li>the public surface of {@code platform} listed in {@link #PLATFORM_SURFACE}.</li>
 * </ul>
 * {@code platform} depends on nothing but itself and {@code shared}; {@code shared} on nothing but itself. Feature
 * modules keep their classes in {@code api}, {@code boundary}, {@code control} and {@code entity}; the loader
 * packages ({@link #LOADERS}: the demo and bench datasets) are flat and, like everyone, see modules only through
 * their {@code api}. No cycle between root packages.
 */
class ModuleArrowsTest {

    private static final String BASE = "vn.ptdv.";
    private static final String PLATFORM = "platform";
    private static final String SHARED = "shared";
    /** Packages that load datasets through the modules' api; they have no layers and no api of their own. */
    static final Set<String> LOADERS = Set.of("demo");
    static final Set<String> LAYERS = Set.of("api", "boundary", "control", "entity");

    /**
     * What the modules may use of {@code platform}: the classes (with their nested classes) that modules use today for
     * security, problems, request parameters, audit, configuration and the spreadsheet import engine. Everything else
     * in {@code platform} is its inside. A class a module needs joins this list in the same change, on purpose.
     */
    static final Set<String> PLATFORM_SURFACE = Set.of(
            // security: the caller, the permission matrix, the roles; the scope look-up organization provides;
            // the accounts the demo loader creates
            "vn.ptdv.platform.security.Access", "vn.ptdv.platform.security.Caller",
            "vn.ptdv.platform.security.Permission", "vn.ptdv.platform.security.Role",
            "vn.ptdv.platform.security.OrganizationScopeResolver", "vn.ptdv.platform.security.UserService",
            // RFC 9457 problems, field violations, query parameters and request bodies
            "vn.ptdv.platform.rest.ProblemException", "vn.ptdv.platform.rest.ProblemType",
            "vn.ptdv.platform.rest.Violations", "vn.ptdv.platform.rest.Params", "vn.ptdv.platform.rest.RequestBodies",
            // the audit trail
            "vn.ptdv.platform.audit.AuditLog", "vn.ptdv.platform.audit.AuditedRead",
            // the column-length check of the entity listener, for the writers that insert in JDBC batches
            "vn.ptdv.platform.persistence.ColumnLengths",
            // the loaders refresh the planner's statistics after their bulk load
            "vn.ptdv.platform.persistence.PlannerStatistics",
            // configuration keys and the configured year range
            "vn.ptdv.platform.config.PtdvConfig", "vn.ptdv.platform.config.YearRange",
            // the import engine: a module describes a kind of spreadsheet and receives its rows
            "vn.ptdv.platform.imports.ImportKind", "vn.ptdv.platform.imports.ImportSession",
            "vn.ptdv.platform.imports.Column", "vn.ptdv.platform.imports.RowValues",
            "vn.ptdv.platform.imports.RequestListSession", "vn.ptdv.platform.imports.Spreadsheets");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ProductionClasses.get();
    }

    @Test
    void everyDependencyFollowsTheModuleMap() {
        classes().that().resideInAPackage("vn.ptdv..").should(followTheModuleMap()).check(classes);
    }

    @Test
    void featureModulesKeepTheirClassesInTheirLayers() {
        classes().that().resideInAPackage("vn.ptdv..").should(liveInALayer()).check(classes);
    }

    @Test
    void rootPackagesAreFreeOfCycles() {
        slices().matching("vn.ptdv.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void reportingKnowsHowNeverWhat() {
        // the engine knows no business module, not even an api: modules hand it definitions and rows
        classes().that().resideInAPackage("vn.ptdv.reporting..").should()
                .onlyDependOnClassesThat(outsideOrIn("reporting", PLATFORM, SHARED)).check(classes);
    }

    @Test
    void organizationDependsOnNoOtherModule() {
        classes().that().resideInAPackage("vn.ptdv.organization..").should()
                .onlyDependOnClassesThat(outsideOrIn("organization", PLATFORM, SHARED)).check(classes);
    }

    @Test
    void admissionNeverReachesTrainingOrEmulation() {
        // training → admission and emulation → admission are the arrows; never the reverse
        noClasses().that().resideInAPackage("vn.ptdv.admission..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.ptdv.training..", "vn.ptdv.emulation..")
                .check(classes);
    }

    @Test
    void entitiesNeverGoOverTheWireOrLeaveTheirModule() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..entity..")
                .check(classes);
    }

    /** The root package under vn.ptdv ("admission"), or null outside vn.ptdv. */
    static String moduleOf(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(BASE)) {
            return null;
        }
        int dot = p.indexOf('.', BASE.length());
        return dot < 0 ? p.substring(BASE.length()) : p.substring(BASE.length(), dot);
    }

    /** The package below the module ("api" for vn.ptdv.admission.api.X and vn.ptdv.admission.api.sub.Y), or "". */
    static String layerOf(JavaClass c) {
        String p = c.getPackageName();
        String rest = p.substring(Math.min(p.length(), BASE.length() + moduleOf(c).length() + 1));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Why the dependency is not on the map, or null when it is. */
    static String offTheMap(String from, JavaClass target) {
        String to = moduleOf(target);
        if (to == null || to.equals(from) || to.equals(SHARED)) {
            return null;
        }
        if (from.equals(SHARED)) {
            return "shared depends on nothing of vn.ptdv outside shared";
        }
        if (from.equals(PLATFORM)) {
            return "platform depends on no module";
        }
        if (to.equals(PLATFORM)) {
            String topLevel = target.getName().contains("$")
                    ? target.getName().substring(0, target.getName().indexOf('$')) : target.getName();
            return PLATFORM_SURFACE.contains(topLevel) ? null
                    : topLevel + " is not in platform's public surface (ModuleArrowsTest.PLATFORM_SURFACE)";
        }
        if (!LOADERS.contains(to) && layerOf(target).equals("api")) {
            return null;
        }
        return from + " may use of " + to + " only its api package";
    }

    private static ArchCondition<JavaClass> followTheModuleMap() {
        return new ArchCondition<>("depend inside vn.ptdv only on their own module, other modules' api, shared and "
                + "platform's public surface") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin);
                if (from == null) {
                    return; // a class directly in vn.ptdv: the layer rule reports it
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().isArray() ? d.getTargetClass().getBaseComponentType()
                            : d.getTargetClass();
                    String why = offTheMap(from, target);
                    if (why != null) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": " + why));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> liveInALayer() {
        return new ArchCondition<>("live in their module's api, boundary, control or entity package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String module = moduleOf(c);
                if (module == null) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " belongs in a module (vn.ptdv.<module>)"));
                    return;
                }
                if (module.equals(PLATFORM) || module.equals(SHARED) || LOADERS.contains(module)
                        || c.getSimpleName().equals("package-info") || LAYERS.contains(layerOf(c))) {
                    return;
                }
                events.add(SimpleConditionEvent.violated(c, c.getName() + " is outside the layers "
                        + LAYERS.stream().sorted().map(l -> BASE + module + "." + l).toList()));
            }
        };
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> outsideOrIn(String... modules) {
        Set<String> allowed = Set.of(modules);
        return com.tngtech.archunit.base.DescribedPredicate.describe("outside vn.ptdv or in " + allowed,
                c -> moduleOf(c) == null || allowed.contains(moduleOf(c)));
    }
}
