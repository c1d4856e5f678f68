package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ptdv.emulation.api.EmulationRegistry.DisciplineRecord;
import vn.ptdv.emulation.entity.DisciplinaryAction;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/** Kỷ luật tổ chức đảng: disciplinary actions against organisations, recorded and listed in the caller's scope. */
@ApplicationScoped
@Transactional
public class DisciplineService {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    DisciplineRepository disciplines;

    @Inject
    EmulationScope scope;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** Records a disciplinary action against an organisation. */
    public DisciplinaryAction discipline(DisciplineRecord r) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        OrganizationRef org = scope.organization(r.organizationCode(), caller);
        DisciplinaryAction a = new DisciplinaryAction(org.code(), org.path(), r.actionDate(), r.form().strip(),
                r.decisionNumber(), r.reason(), caller.username());
        disciplines.persist(a);
        disciplines.flush();
        audit.change("EMULATION_DISCIPLINE_RECORDED", "discipline:" + a.getId(), org.path(), null,
                "{\"organization\":\"" + org.code() + "\",\"date\":\"" + r.actionDate() + "\",\"form\":" + JSONB.toJson(a.getForm()) + "}");
        return a;
    }

    /** Disciplinary actions in an organisation's subtree, optionally of one year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplinaryAction> disciplines(String orgCode, Integer year) {
        OrganizationRef org = scope.organization(orgCode, access.require(Permission.READ_AGGREGATES));
        return disciplines.under(org.subtreePattern(), year);
    }
}
