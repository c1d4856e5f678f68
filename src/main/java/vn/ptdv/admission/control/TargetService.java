package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import vn.ptdv.admission.api.AdmissionRegistry.TargetRecord;
import vn.ptdv.admission.entity.AdmissionTarget;
import vn.ptdv.admission.entity.TargetEvent;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;

/** Chỉ tiêu kết nạp đăng ký of a year, in the caller's scope: registered, adjusted, imported, read with its history. */
@ApplicationScoped
@Transactional
public class TargetService {

    @Inject
    TargetRepository targets;

    @Inject
    AdmissionScope scope;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** Registers or adjusts an organisation's target for a year. Returns whether it was created. */
    public TargetResult putTarget(String code, int year, int admissions, String note) {
        TargetRules.yearly(admissions).throwIfAny();
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        OrganizationRef org = scope.during(code, year, caller);
        Optional<AdmissionTarget> existing = targets.target(org.id(), year);
        if (existing.isPresent()) {
            AdmissionTarget t = existing.get();
            targets.lock(t);
            if (t.getAdmissions() != admissions) {
                int before = t.getAdmissions();
                t.adjust(admissions);
                targets.persist(new TargetEvent(t.getId(), AdmissionTarget.Status.ADJUSTED, admissions, VietnameseText.clean(note)));
                audit.change("TARGET_ADJUSTED", "target:" + code + "/" + year, org.path(), "{\"admissions\":" + before + "}",
                        "{\"admissions\":" + admissions + "}");
            }
            return new TargetResult(t, false);
        }
        AdmissionTarget t = new AdmissionTarget(org.id(), org.code(), org.path(), year, admissions);
        targets.persist(t);
        targets.flush();
        targets.persist(new TargetEvent(t.getId(), AdmissionTarget.Status.REGISTERED, admissions, VietnameseText.clean(note)));
        if (!caller.system()) {
            audit.change("TARGET_REGISTERED", "target:" + code + "/" + year, org.path(), null, "{\"admissions\":" + admissions + "}");
        }
        return new TargetResult(t, true);
    }

    /** A target and whether the call created it. */
    public record TargetResult(AdmissionTarget target, boolean created) {
    }

    /**
     * Imports yearly targets (a spreadsheet): each is checked as {@link #putTarget} checks it (organisation in scope
     * and active in the year, a count from 0 to 100.000), and the same organisation and year twice is an error. Only
     * when none has an error, and {@code write}, are they all registered or adjusted (this transaction). Returns the
     * errors: index → field → message.
     */
    public Map<Integer, Map<String, String>> importTargets(List<TargetRecord> rows, List<String> notes,
                                                          IntFunction<String> rowName, boolean write) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Map<Integer, Map<String, String>> errors = new TreeMap<>();
        TargetRules.Seen seen = new TargetRules.Seen(rowName);
        for (int i = 0; i < rows.size(); i++) {
            TargetRecord t = rows.get(i);
            Violations v = TargetRules.yearly(t.admissions());
            try {
                scope.during(t.organizationCode(), t.year(), caller);
            } catch (ProblemException e) {
                v.add("organizationCode", e.getMessage());
            }
            String repeated = seen.repeated(i, t.organizationCode(), t.year());
            if (repeated != null) {
                v.add("organizationCode", repeated);
            }
            if (!v.isEmpty()) {
                errors.put(i, new LinkedHashMap<>(v.errors()));
            }
        }
        if (errors.isEmpty() && write) {
            for (int i = 0; i < rows.size(); i++) {
                TargetRecord t = rows.get(i);
                putTarget(t.organizationCode(), t.year(), t.admissions(), notes.get(i));
            }
        }
        return errors;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdmissionTarget getTarget(String code, int year) {
        OrganizationRef org = scope.during(code, year, access.require(Permission.READ_AGGREGATES));
        return targets.target(org.id(), year).orElseThrow(() -> ProblemException.notFound(
                "Tổ chức " + code + " chưa đăng ký chỉ tiêu kết nạp năm " + year + "."));
    }

    /** The registrations and adjustments of a target of the code the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetEvent> targetHistory(String code, int year) {
        return targets.events(getTarget(code, year));
    }

    /** The organisation's target for the year and each direct child's (null where none is registered). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetGrid targetGrid(String code, int year) {
        OrganizationRef org = scope.during(code, year, access.require(Permission.READ_AGGREGATES));
        List<OrganizationRef> children = new ArrayList<>(scope.children(org, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        children.sort(Comparator.comparing(OrganizationRef::name, VietnameseText.collator()));
        Map<Long, Integer> byOrg = new HashMap<>();
        targets.targetsUnder(org.subtreePattern(), year).forEach(t -> byOrg.put(t.getOrganizationId(), t.getAdmissions()));
        List<TargetGrid.Row> rows = children.stream().map(c -> new TargetGrid.Row(c, byOrg.get(c.id()))).toList();
        return new TargetGrid(org, year, byOrg.get(org.id()), rows);
    }

    /** The target grid of an organisation and its children. */
    public record TargetGrid(OrganizationRef organization, int year, Integer target, List<Row> children) {
        /** One child and its target. */
        public record Row(OrganizationRef organization, Integer target) {
        }
    }
}
