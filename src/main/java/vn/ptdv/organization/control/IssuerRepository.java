package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.ptdv.organization.entity.Issuer;

/** Stored issuer details (thể thức), by organisation code. No scope checks; works with any {@link EntityManager}. */
@ApplicationScoped
public class IssuerRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public IssuerRepository() {
        // for CDI
    }

    IssuerRepository(EntityManager em) {
        this.em = em;
    }

    /** The details registered for the code (trimmed), if any. */
    public Optional<Issuer> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Issuer.class, code.strip()));
    }

    public void persist(Issuer issuer) {
        em.persist(issuer);
    }

    /** Increments the version at commit, so a concurrent change fails. */
    public void lock(Issuer issuer) {
        em.lock(issuer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
