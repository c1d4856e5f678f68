package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.organization.api.MembershipFigures;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.MembershipStat;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/** Số đảng viên: an organisation's own figures on a date, recorded and read with its subtree's, in the caller's scope. */
@ApplicationScoped
@Transactional
public class MembershipService {

    @Inject
    OrganizationRepository tree;

    @Inject
    MembershipRepository memberships;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationWriter writer;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** The figures of a visible organisation on a date: its own latest ones (if any) and its subtree's sum. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures figures(String code, LocalDate date) {
        OrganizationRef o = organizations.visible(code, date);
        return new Figures(o, date, memberships.latestOwn(o.id(), date), memberships.subtreeSum(o.subtreePattern(), date));
    }

    /** An organisation's own latest figures at or before {@code date} and the sum over its subtree on that date. */
    public record Figures(OrganizationRef organization, LocalDate date, Optional<MembershipStat> own,
                          MembershipFigures subtree) {
    }

    /** Records an organisation's own membership figures on a date (replacing figures of the same date). */
    public MembershipFigures record(String code, LocalDate asOf, int total, int women, int minorities, int probationary) {
        MembershipRules.check(total, women, minorities, probationary).throwIfAny();
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Organization o = tree.validOn(code, asOf).orElseThrow(() -> OrganizationProblems.notFound(code, asOf));
        writer.inScope(caller, o);
        MembershipStat stat = memberships.on(o.getId(), asOf).orElseGet(() -> {
            MembershipStat s = new MembershipStat(o.getId(), asOf);
            memberships.persist(s);
            return s;
        });
        String before = stat.getTotal() + "/" + stat.getWomen() + "/" + stat.getMinorities() + "/" + stat.getProbationary();
        stat.set(total, women, minorities, probationary);
        if (!caller.system()) {
            audit.change("MEMBERSHIP_RECORDED", "organization:" + code + "@" + asOf, o.getPath(), before,
                    total + "/" + women + "/" + minorities + "/" + probationary);
        }
        return new MembershipFigures(total, women, minorities, probationary);
    }
}
