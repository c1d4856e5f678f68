package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.WarningCode;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;

/** Cảnh báo trên hồ sơ kết nạp counted per code and unit (aggregates: no names), in the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdmissionWarningService {

    @Inject
    AdmissionRepository admissions;

    @Inject
    AdmissionScope scope;

    @Inject
    Access access;

    /** Per warning code, and per direct child of the organisation, the active admissions with that warning. */
    public WarningCounts warningCounts(String code, Integer year) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        LocalDate today = LocalDate.now();
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        List<OrganizationRef> records = scope.records(code, caller);
        OrganizationRef org = OrganizationRef.latestValidDuring(records, year == null ? today : from, year == null ? today : to)
                .orElseGet(() -> records.stream().max(Comparator.comparing(OrganizationRef::validFrom)).orElseThrow());
        List<OrganizationRef> children = new ArrayList<>(scope.children(org, year == null ? org.validFrom() : from,
                year == null ? today : to));
        children.sort(Comparator.comparing(OrganizationRef::name, VietnameseText.collator()));
        Map<WarningCode, Long> totals = new EnumMap<>(WarningCode.class);
        Map<String, Map<WarningCode, Long>> byChild = new LinkedHashMap<>();
        children.forEach(c -> byChild.put(c.code(), new EnumMap<>(WarningCode.class)));
        for (WarningCode w : WarningCode.values()) {
            totals.put(w, 0L);
            byChild.values().forEach(m -> m.put(w, 0L));
            admissions.countByPath(org.subtreePattern(), from, to, AdmissionWarnings.condition(w), today).forEach((path, n) -> {
                totals.merge(w, n, Long::sum);
                for (OrganizationRef c : children) {
                    if (path.startsWith(c.path())) {
                        byChild.get(c.code()).merge(w, n, Long::sum);
                    }
                }
            });
        }
        List<WarningCounts.Row> rows = children.stream().map(c -> new WarningCounts.Row(c, byChild.get(c.code()))).toList();
        return new WarningCounts(org, year, totals, rows);
    }

    /** Counts of warnings of an organisation's subtree and of each direct child. */
    public record WarningCounts(OrganizationRef organization, Integer year, Map<WarningCode, Long> totals, List<Row> children) {
        /** One child and its counts. */
        public record Row(OrganizationRef organization, Map<WarningCode, Long> counts) {
        }
    }
}
