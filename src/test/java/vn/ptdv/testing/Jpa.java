package vn.ptdv.testing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * One test's view of the JPA tier ({@link JpaTest}): the EntityManager in the test's transaction, its JDBC connection
 * (the same transaction), fixture rows, and the application's beans wired by hand.
 */
public final class Jpa {

    private final EntityManager em;
    private final MigrateResult migration;
    private Rows rows;

    Jpa(EntityManager em, MigrateResult migration) {
        this.em = em;
        this.migration = migration;
    }

    /** The test's EntityManager; its transaction is open and rolled back after the test. */
    public EntityManager em() {
        return em;
    }

    /** The JDBC connection of the test's transaction: what it writes, the EntityManager's queries see. */
    public Connection connection() {
        return em.unwrap(Connection.class);
    }

    /** Fixture rows, written in the test's transaction. */
    public Rows rows() {
        if (rows == null) {
            rows = new Rows(connection());
        }
        return rows;
    }

    /**
     * One container transaction's worth of work, e.g. one call of a {@code @Transactional} service: afterwards its
     * changes are flushed and the persistence context is cleared, as after a commit, so the next call starts from the
     * rows (as a new transaction-scoped EntityManager would; a pessimistic find re-reads them). The test's transaction
     * stays open: the rollback still undoes everything.
     */
    public <T> T transaction(Supplier<T> work) {
        T result = work.get();
        em.flush();
        em.clear();
        return result;
    }

    /** {@link #transaction(Supplier)} without a result. */
    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    /** What Flyway did to the test database (once per test JVM). */
    public MigrateResult migration() {
        return migration;
    }

    /**
     * A bean of the application made by hand, as the container would inject it: fields annotated
     * {@code @PersistenceContext} get the test's EntityManager; fields annotated {@code @Inject} get the first of
     * {@code collaborators} (or the bean itself, for a self-reference through its proxy) of the field's type. Other
     * injected fields stay null: give every collaborator the code under test uses, real objects of the application.
     */
    public <T> T bean(Class<T> type, Object... collaborators) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T bean = constructor.newInstance();
            List<Object> candidates = new ArrayList<>(List.of(collaborators));
            candidates.add(bean);
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    Object value = null;
                    if (f.isAnnotationPresent(PersistenceContext.class)) {
                        value = em;
                    } else if (f.isAnnotationPresent(Inject.class)) {
                        value = candidates.stream().filter(f.getType()::isInstance).findFirst().orElse(null);
                    }
                    if (value != null) {
                        f.setAccessible(true);
                        f.set(bean, value);
                    }
                }
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getName() + " for a @JpaTest", e);
        }
    }
}
