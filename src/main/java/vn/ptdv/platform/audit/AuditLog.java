package vn.ptdv.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit trail. A change is written in the transaction of the change (both or neither); downloads, failed
 * sign-ins and denials are written in their own transaction, so that they stay even when the request fails.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    /** A change: action (e.g. ADMISSION_CREATED), target (e.g. admission:123), values before and after as JSON. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void change(String action, String target, String orgPath, String before, String after) {
        em.persist(new AuditEvent(who(), AuditEvent.Category.CHANGE, action, target, orgPath, "OK", before, after, null));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void download(String report, String parameters, String orgPath, String outcome) {
        em.persist(new AuditEvent(who(), AuditEvent.Category.DOWNLOAD, "REPORT_DOWNLOAD", report, orgPath, outcome,
                null, null, parameters));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signInFailed(String username, String reason) {
        em.persist(new AuditEvent(username == null ? null : username.length() > 64 ? username.substring(0, 64) : username,
                AuditEvent.Category.SIGN_IN, "SIGN_IN_FAILED", null, null, "FAILED", null, null, reason));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String username, String permission, String reason) {
        em.persist(new AuditEvent(username, AuditEvent.Category.DENIED, "ACCESS_DENIED", permission, null, "DENIED",
                null, null, reason));
    }

    /** Entries, newest first, filtered; {@code scopePaths} empty means unrestricted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> find(Instant from, Instant to, String username, AuditEvent.Category category, String action,
                                 List<String> scopePaths, int limit) {
        StringBuilder q = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (from != null) {
            q.append(" AND e.occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            q.append(" AND e.occurredAt < :to");
            params.put("to", to);
        }
        if (username != null) {
            q.append(" AND e.username = :user");
            params.put("user", username);
        }
        if (category != null) {
            q.append(" AND e.category = :category");
            params.put("category", category);
        }
        if (action != null) {
            q.append(" AND e.action = :action");
            params.put("action", action);
        }
        if (!scopePaths.isEmpty()) {
            List<String> ors = new ArrayList<>();
            ors.add("e.orgPath IS NULL");
            for (int i = 0; i < scopePaths.size(); i++) {
                ors.add("e.orgPath LIKE :scope" + i);
                params.put("scope" + i, scopePaths.get(i) + "%");
            }
            q.append(" AND (").append(String.join(" OR ", ors)).append(")");
        }
        var query = em.createQuery(q.append(" ORDER BY e.occurredAt DESC, e.id DESC").toString(), AuditEvent.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private String who() {
        try {
            Principal p = securityContext.getCallerPrincipal();
            return p == null ? "system" : p.getName();
        } catch (RuntimeException e) {
            return "system";
        }
    }
}
