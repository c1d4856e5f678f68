package vn.ptdv.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of queries on the real schema without a server: the application's Flyway migrations on an in-memory
 * Derby, the application's persistence unit {@code ptdv} (resource-local instead of JTA), one transaction per test
 * that is rolled back afterwards. Test and {@code @BeforeEach} methods take a {@link Jpa} parameter:
 *
 * <pre>{@code
 * @JpaTest
 * class AdmissionRepositoryTest {
 *     @Test
 *     void countsTheSubtree(Jpa jpa) {
 *         OrganizationRef cell = jpa.rows().organization("T-1", "Chi bộ Một", OrganizationKind.CELL, null);
 *         jpa.rows().admission(cell, LocalDate.of(2024, 5, 20));
 *         AdmissionRepository repository = jpa.bean(AdmissionRepository.class);
 *         assertEquals(1, repository.count(cell, 2024));
 *     }
 * }
 * }</pre>
 *
 * The database and the EntityManagerFactory are made once per test JVM ({@link JpaExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(JpaExtension.class)
public @interface JpaTest {
}
