package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.ptdv.admission.api.AdmissionAchievements;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.AdmissionResults.Breakdown;
import vn.ptdv.admission.api.AdmissionResults.TermProgress;
import vn.ptdv.admission.api.AdmissionResults.UnitRow;
import vn.ptdv.admission.api.AdmissionStatistics;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.admission.entity.TermTarget;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.LineageBaseline;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * The admission figures behind the reports and emulation ({@link AdmissionStatistics}, {@link AdmissionAchievements}),
 * assembled from grouped queries over the organisation's subtree ({@link AdmissionFiguresRepository},
 * {@link TargetRepository}, {@link AdmissionRepository}), never from loading admission records. Unchecked: the report
 * providers' callers check the scope.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdmissionStatisticsService implements AdmissionStatistics, AdmissionAchievements {

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionFiguresRepository figures;

    @Inject
    TargetRepository targets;

    @Inject
    AdmissionRepository admissions;

    @Inject
    LineageCounts lineage;

    @Override
    public AdmissionResults results(String organizationCode, int year, Predicate<String> inScope) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<OrganizationRef> records = organizations.history(organizationCode).stream()
                .filter(r -> inScope.test(r.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + organizationCode + ".");
        }
        OrganizationRef root = OrganizationRef.latestValidDuring(records, from, to).orElse(null);
        if (root == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + organizationCode + " ("
                    + records.get(records.size() - 1).name() + ") không hoạt động trong năm " + year + ".");
        }
        LocalDate on = root.validTo() != null && root.validTo().isBefore(to) ? root.validTo() : to;
        // a unit formed during the year (merger, split, move) holds what its predecessors admitted earlier that year
        LineageBaseline during = root.validFrom().isAfter(from) ? organizations.baseline(root, on, from, to) : null;
        boolean ownRecord = during == null || during.wholeSubtree();
        Breakdown breakdown;
        Map<String, long[]> byPrefix;
        long direct;
        if (ownRecord) {
            breakdown = figures.breakdown(root, year);
            byPrefix = figures.unitCounts(root, from, to);
            direct = byPrefix.getOrDefault(root.path(), new long[3])[0];
        } else {
            breakdown = Breakdown.empty();
            for (OrganizationRef top : during.predecessors()) {
                breakdown = breakdown.plus(figures.breakdown(top.path(), year, during::counts));
            }
            LineageCounts.Placed placed = lineage.placed(during);
            byPrefix = placed.byPrefix();
            direct = placed.exact().getOrDefault(root.path(), new long[3])[0];
        }

        // the direct children valid on any day of the year, one row per code (a renamed unit has two records)
        List<OrganizationRef> children = organizations.childrenValidDuring(root.id(), from, to);
        List<Long> ids = new ArrayList<>();
        ids.add(root.id());
        children.forEach(c -> ids.add(c.id()));
        Map<Long, Integer> targetsById = targets.admissionsOf(ids, year);
        Map<String, List<OrganizationRef>> byCode = new LinkedHashMap<>();
        for (OrganizationRef c : children) {
            byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
        }
        List<UnitRow> units = new ArrayList<>();
        for (List<OrganizationRef> recs : byCode.values()) {
            long admitted = 0;
            long women = 0;
            long minorities = 0;
            Integer target = null;
            for (OrganizationRef r : recs) {
                long[] c = byPrefix.getOrDefault(r.path(), new long[3]);
                admitted += c[0];
                women += c[1];
                minorities += c[2];
                Integer t = targetsById.get(r.id());
                if (t != null) {
                    target = (target == null ? 0 : target) + t;
                }
            }
            OrganizationRef latest = recs.stream().max(Comparator.comparing(OrganizationRef::validFrom)).orElseThrow();
            units.add(new UnitRow(latest, target, admitted, women, minorities));
        }
        // the order in which the units were opened: the province's own listing order (districts, then affiliated)
        Map<String, Long> firstId = new HashMap<>();
        byCode.forEach((code, recs) -> firstId.put(code, recs.stream().mapToLong(OrganizationRef::id).min().orElse(0)));
        units.sort(Comparator.comparing(u -> firstId.get(u.unit().code())));

        // the previous year: what the organisation now holds had then, through the lineage of any reorganisation
        LineageBaseline before = organizations.baseline(root, on, from.minusYears(1), to.minusYears(1));
        long previous = lineage.admitted(before);
        boolean sameUnit = before.predecessors().stream().allMatch(r -> r.code().equals(organizationCode));
        Integer previousTarget = sameUnit ? targets.codeTarget(organizationCode, year - 1, inScope) : null;
        TermProgress term = termProgress(organizationCode, records, root, on, year, inScope);
        List<OrganizationRef> yearBaseline = ownRecord ? List.of() : during.predecessors().stream()
                .filter(r -> r.id() != root.id()).toList();
        return new AdmissionResults(root, year, targetsById.get(root.id()), breakdown, units, direct, previous,
                previousTarget, term, before.predecessors(), yearBaseline);
    }

    @Override
    public Map<String, UnitAchievement> achievements(String rootPath, Collection<String> paths, int fromYear, int toYear) {
        // admissions and targets per exact org_path in the subtree: one query each; rolled up to each requested path
        Map<String, long[]> counted = figures.groupCountsByPath(rootPath, LocalDate.of(fromYear, 1, 1),
                LocalDate.of(toYear, 12, 31));
        Map<String, AdmissionFiguresRepository.PathTarget> targetsByPath = figures.targetsByPath(rootPath, fromYear, toYear);
        Map<String, UnitAchievement> result = new LinkedHashMap<>();
        for (String path : paths) {
            long[] sums = new long[5];
            counted.forEach((p, counts) -> {
                if (p.startsWith(path)) {
                    for (int i = 0; i < 5; i++) {
                        sums[i] += counts[i];
                    }
                }
            });
            AdmissionFiguresRepository.PathTarget target = targetsByPath.get(path);
            result.put(path, new UnitAchievement(path, target == null ? null : target.admissions(),
                    target == null ? null : target.firstRegisteredOn(), sums[0], sums[1], sums[2], sums[3], sums[4]));
        }
        return result;
    }

    @Override
    public Map<String, Long> admissionsWithUnresolvedWarnings(Collection<String> subtreePaths, int fromYear, int toYear) {
        // one grouped query per outermost requested subtree, rolled up to every requested path
        List<String> roots = subtreePaths.stream().distinct()
                .filter(p -> subtreePaths.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q))).toList();
        Map<String, Long> counted = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        for (String root : roots) {
            counted.putAll(admissions.countByPath(root + "%", LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31),
                    AdmissionWarnings.violations(), today));
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (String path : subtreePaths) {
            long n = counted.entrySet().stream().filter(e -> e.getKey().startsWith(path)).mapToLong(Map.Entry::getValue).sum();
            if (n > 0) {
                result.put(path, n);
            }
        }
        return result;
    }

    /**
     * The term target covering the year (the latest-starting one) and the admissions since its first year: through the
     * lineage when the organisation's record began after the term did (a unit formed by a merger holds what its
     * predecessors admitted in the term before it), otherwise under every record of its code.
     */
    TermProgress termProgress(String code, List<OrganizationRef> records, OrganizationRef root, LocalDate on, int year,
                              Predicate<String> inScope) {
        TermTarget t = targets.termCovering(code, year, inScope).orElse(null);
        if (t == null) {
            return null;
        }
        LocalDate from = LocalDate.of(t.getFromYear(), 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long admitted = root.validFrom().isAfter(from)
                ? lineage.admitted(organizations.baseline(root, on, from, to))
                : figures.countUnderCode(records, from, to);
        return new TermProgress(t.getFromYear(), t.getToYear(), t.getAdmissions(), admitted);
    }
}
