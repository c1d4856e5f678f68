package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ptdv.training.entity.Guide;

/** The queries of course guides (hướng dẫn). No scope check: callers check. */
@ApplicationScoped
class GuideRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    GuideRepository() {
    }

    /** For tests on a plain entity manager. */
    GuideRepository(EntityManager em) {
        this.em = em;
    }

    Optional<Guide> find(long id) {
        return Optional.ofNullable(em.find(Guide.class, id));
    }

    /** Every guide, the newest first. */
    List<Guide> all() {
        return em.createNamedQuery(Guide.ALL, Guide.class).getResultList();
    }

    /** The guide with this number ("146-HD/BTGTU"; numbers are unique). */
    Optional<Guide> byNumber(String number) {
        return em.createNamedQuery(Guide.BY_NUMBER, Guide.class).setParameter("number", number).getResultList().stream()
                .findFirst();
    }

    /** The guide that {@code g} superseded, if any. */
    Optional<Guide> predecessorOf(Guide g) {
        return em.createQuery("SELECT g FROM Guide g WHERE g.supersededById = :id", Guide.class).setParameter("id", g.getId())
                .getResultList().stream().findFirst();
    }

    /** Persists the guide and flushes, so that a guide of the same call can name it as superseded. */
    void add(Guide g) {
        em.persist(g);
        em.flush();
    }

    /** The guide's version goes up with this transaction (two supersessions at once: the second fails). */
    void lock(Guide g) {
        em.lock(g, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
