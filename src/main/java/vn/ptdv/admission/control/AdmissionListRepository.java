package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * The native queries of the named list of admissions: counts over the subtrees of the list's roots and the rows of
 * exact unit paths, the active admissions decided in a period. Works with any {@link EntityManager}.
 */
@ApplicationScoped
public class AdmissionListRepository {

    /** Exact paths per rows query (an IN list), well inside every database's limit. */
    static final int PATHS_PER_QUERY = 200;

    private static final String ACTIVE = "'" + AdmissionStatus.ACTIVE.name() + "'";

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public AdmissionListRepository() {
        // for CDI
    }

    AdmissionListRepository(EntityManager em) {
        this.em = em;
    }

    /** How many admissions the list of the roots over the period has: one COUNT query. */
    public long count(List<OrganizationRef> roots, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM adm_admission WHERE " + subtree(roots));
        bind(q, roots, from, to);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The list's admissions per exact org_path, in the order the database answers: one grouped query. */
    public Map<String, Long> countsByPath(List<OrganizationRef> roots, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("SELECT org_path, COUNT(*) FROM adm_admission WHERE " + subtree(roots)
                + " GROUP BY org_path");
        bind(q, roots, from, to);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            counts.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum);
        }
        return counts;
    }

    /**
     * The admissions of these exact unit paths: full name, birth date, gender, ethnicity code, religion, general
     * education, professional qualification, organisation id, decision date, decision number (one query per
     * {@link #PATHS_PER_QUERY} paths).
     */
    public List<Object[]> rows(List<String> paths, LocalDate from, LocalDate to) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < paths.size(); i += PATHS_PER_QUERY) {
            List<String> chunk = paths.subList(i, Math.min(paths.size(), i + PATHS_PER_QUERY));
            StringBuilder in = new StringBuilder();
            for (int p = 0; p < chunk.size(); p++) {
                in.append(p == 0 ? "?" : ", ?").append(p + 3);
            }
            Query q = em.createNativeQuery("SELECT full_name, birth_date, gender, ethnicity_code, religion,"
                    + " general_education, professional_qualification, organization_id, decision_date, decision_number"
                    + " FROM adm_admission WHERE org_path IN (" + in + ") AND status = " + ACTIVE
                    + " AND decision_date >= ?1 AND decision_date <= ?2");
            q.setParameter(1, Date.valueOf(from));
            q.setParameter(2, Date.valueOf(to));
            for (int p = 0; p < chunk.size(); p++) {
                q.setParameter(p + 3, chunk.get(p));
            }
            for (Object row : q.getResultList()) {
                rows.add((Object[]) row);
            }
        }
        return rows;
    }

    /** "(org_path LIKE ?1 OR org_path LIKE ?2)", then the period as the next two parameters (see {@link #bind}). */
    private static String subtree(List<OrganizationRef> roots) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < roots.size(); i++) {
            s.append(i == 0 ? "" : " OR ").append("org_path LIKE ?").append(i + 1);
        }
        return s.append(")").append(" AND status = ").append(ACTIVE).append(" AND decision_date >= ?")
                .append(roots.size() + 1).append(" AND decision_date <= ?").append(roots.size() + 2).toString();
    }

    private static void bind(Query q, List<OrganizationRef> roots, LocalDate from, LocalDate to) {
        int i = 1;
        for (OrganizationRef root : roots) {
            q.setParameter(i++, root.subtreePattern());
        }
        q.setParameter(i++, Date.valueOf(from));
        q.setParameter(i, Date.valueOf(to));
    }
}
