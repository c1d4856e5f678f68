package vn.ptdv.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit trail. A change is written in the transaction of the change (both or neither); downloads, reads of
 * named personal data, failed sign-ins and denials are written in their own transaction, so that they stay even when
 * the request fails. Every entry carries an organisation path: the one given, else the report's {@code org}
 * parameter, else the caller's scope (docs/architecture.md "Data": audit every read of a named list).
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<AuditScope> scope;

    /** A change: action (e.g. ADMISSION_CREATED), target (e.g. admission:123), values before and after as JSON. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void change(String action, String target, String orgPath, String before, String after) {
        em.persist(new AuditEvent(who(), AuditEvent.Category.CHANGE, action, target, orCaller(orgPath), "OK", before,
                after, null));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void download(String report, String parameters, String orgPath, String outcome) {
        String path = orgPath != null ? orgPath : pathOfOrgParameter(parameters);
        em.persist(new AuditEvent(who(), AuditEvent.Category.DOWNLOAD, "REPORT_DOWNLOAD", report, orCaller(path), outcome,
                null, null, parameters));
    }

    /** A read of named personal data: what was read (method and path), its parameters, filed under the organisation. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(String what, String target, String parameters, String orgPath) {
        String path = orgPath != null ? orgPath : pathOfOrgParameter(parameters);
        em.persist(new AuditEvent(who(), AuditEvent.Category.READ, what, target, orCaller(path), "OK", null, null,
                parameters));
    }

    /** A failed sign-in, filed under the account's organisation (null: unknown account, seen by system administrators). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signInFailed(String username, String orgPath, String reason) {
        em.persist(new AuditEvent(username == null ? null : username.length() > 64 ? username.substring(0, 64) : username,
                AuditEvent.Category.SIGN_IN, "SIGN_IN_FAILED", null, orgPath, "FAILED", null, null, reason));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String username, String permission, String reason) {
        em.persist(new AuditEvent(username, AuditEvent.Category.DENIED, "ACCESS_DENIED", permission, orCaller(null), "DENIED",
                null, null, reason));
    }

    /** Entries, newest first, filtered; {@code scopePaths} empty means unrestricted, else only entries filed inside them. */
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
            // entries without an organisation (unknown accounts, the system's own work) are for system administrators
            List<String> ors = new ArrayList<>();
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

    private String orCaller(String orgPath) {
        if (orgPath != null || scope.isUnsatisfied()) {
            return orgPath;
        }
        return scope.get().callerPath();
    }

    /** The path of the {@code org=CODE} parameter of a query string, or null. */
    private String pathOfOrgParameter(String parameters) {
        if (parameters == null || scope.isUnsatisfied()) {
            return null;
        }
        for (String pair : parameters.split("&")) {
            if (pair.startsWith("org=")) {
                String code = URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8).strip();
                return code.isEmpty() || code.length() > 64 ? null : scope.get().pathOf(code);
            }
        }
        return null;
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
