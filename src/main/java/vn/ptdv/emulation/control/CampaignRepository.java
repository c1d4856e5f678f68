package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ptdv.emulation.entity.Campaign;
import vn.ptdv.emulation.entity.Evaluation;

/** The queries of campaigns and their stored evaluations. No scope checks; works with any {@link EntityManager}. */
@ApplicationScoped
public class CampaignRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public CampaignRepository() {
        // for CDI
    }

    CampaignRepository(EntityManager em) {
        this.em = em;
    }

    /** The campaign of the code (trimmed), if any. */
    public Optional<Campaign> byCode(String code) {
        return code == null ? Optional.empty() : em.createNamedQuery(Campaign.BY_CODE, Campaign.class)
                .setParameter("code", code.strip()).getResultStream().findFirst();
    }

    /** Every campaign, latest period first. */
    public List<Campaign> all() {
        return em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList();
    }

    /** The campaign's latest stored evaluation, if it was ever evaluated. */
    public Optional<Evaluation> latestEvaluation(Campaign c) {
        return em.createNamedQuery(Evaluation.LATEST, Evaluation.class).setParameter("campaignId", c.getId())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether a proposal of the campaign was ever submitted (an evaluation beyond its draft). */
    public boolean hasProposal(Campaign c) {
        return em.createQuery("SELECT COUNT(e) FROM Evaluation e WHERE e.campaignId = :c AND e.status <> :draft", Long.class)
                .setParameter("c", c.getId()).setParameter("draft", Evaluation.Status.DRAFT).getSingleResult() > 0;
    }

    public void persist(Campaign c) {
        em.persist(c);
    }

    public void persist(Evaluation e) {
        em.persist(e);
    }

    /** Writes pending changes now (the audit trail names the new ids). */
    public void flush() {
        em.flush();
    }
}
