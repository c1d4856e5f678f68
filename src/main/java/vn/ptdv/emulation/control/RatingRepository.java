package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.ptdv.emulation.entity.QualityRatingEntry;
import vn.ptdv.shared.InLists;

/** The queries of quality ratings (xếp loại chất lượng). No scope checks; works with any {@link EntityManager}. */
@ApplicationScoped
public class RatingRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public RatingRepository() {
        // for CDI
    }

    RatingRepository(EntityManager em) {
        this.em = em;
    }

    /** The rating of an organisation code for a year, if recorded. */
    public Optional<QualityRatingEntry> of(String code, int year) {
        return em.createNamedQuery(QualityRatingEntry.OF, QualityRatingEntry.class).setParameter("code", code)
                .setParameter("year", year).getResultStream().findFirst();
    }

    /** The ratings of these codes in the years: one query per {@link InLists#SIZE} codes. */
    public List<QualityRatingEntry> ofCodes(Collection<String> codes, int fromYear, int toYear) {
        List<QualityRatingEntry> found = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(codes))) {
            found.addAll(em.createNamedQuery(QualityRatingEntry.OF_CODES, QualityRatingEntry.class)
                    .setParameter("codes", chunk).setParameter("from", fromYear).setParameter("to", toYear).getResultList());
        }
        return found;
    }

    public void persist(QualityRatingEntry r) {
        em.persist(r);
    }
}
