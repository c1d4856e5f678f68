package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.VietnameseText;

/**
 * The rows of the named list of admissions (danh sách đảng viên được kết nạp), read without ever holding the whole
 * list: one grouped COUNT per exact org_path tells which grassroots committee (đảng bộ cơ sở / chi bộ cơ sở) each
 * unit belongs to; then the rows are read one grassroots committee at a time, sorted there by Vietnamese collation
 * (tên, then họ và tên) and handed on. Memory is bounded by the largest committee, never by the list.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdmissionListService {

    @Inject
    AdmissionListRepository repository;

    @Inject
    OrganizationDirectory organizations;

    /**
     * This bean through its proxy: the lines are read in the rendering thread, for an asynchronous report a managed
     * worker thread after the request has ended, where only a transaction gives the queries a live EntityManager
     * (Payara closes the non-transactional one with the request that submitted the job).
     */
    @Inject
    AdmissionListService self;

    /** One grassroots committee of the list, with the exact unit paths whose admissions it lists. */
    public record Group(String code, String name, List<String> paths, long count) {
    }

    /** The plan of one list: its groups in order and their total. */
    public record Plan(List<Group> groups, long total, Map<Long, String> unitNames) {
    }

    /**
     * The records of the code in scope valid on at least one day of the period (a renamed unit has several; one
     * re-parented out of the caller's tree has one outside, never listed).
     */
    public List<OrganizationRef> roots(String code, LocalDate from, LocalDate to, Predicate<String> inScope) {
        return organizations.history(code).stream().filter(r -> r.validDuring(from, to) && inScope.test(r.path()))
                .toList();
    }

    /** Whether an organisation of the code was ever recorded in scope. */
    public boolean exists(String code, Predicate<String> inScope) {
        return organizations.history(code).stream().anyMatch(r -> inScope.test(r.path()));
    }

    /** How many admissions the list of the roots over the period has: one COUNT query. */
    public long count(List<OrganizationRef> roots, LocalDate from, LocalDate to) {
        return roots.isEmpty() ? 0 : repository.count(roots, from, to);
    }

    /** Groups the subtree's admissions by grassroots committee (one grouped query), in tree order. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Plan plan(List<OrganizationRef> roots, LocalDate from, LocalDate to) {
        Map<String, OrganizationRef> byPath = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (OrganizationRef root : roots) {
            for (OrganizationRef r : organizations.subtreeValidDuring(root, from, to)) {
                byPath.put(r.path(), r);
                unitNames.put(r.id(), r.name());
            }
        }
        // group key: the grassroots committee's code; its records (renamed) in order of first appearance
        Map<String, List<OrganizationRef>> records = new HashMap<>();
        Map<String, List<String>> paths = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        repository.countsByPath(roots, from, to).forEach((path, count) -> {
            OrganizationRef group = grassroots(path, byPath, roots);
            records.computeIfAbsent(group.code(), k -> new ArrayList<>()).add(group);
            paths.computeIfAbsent(group.code(), k -> new ArrayList<>()).add(path);
            counts.merge(group.code(), count, Long::sum);
        });
        List<Group> groups = new ArrayList<>();
        long total = 0;
        Map<String, String> firstPath = new HashMap<>();
        records.forEach((code, recs) -> firstPath.put(code,
                recs.stream().map(OrganizationRef::path).min(Comparator.naturalOrder()).orElseThrow()));
        for (String code : records.keySet().stream().sorted(Comparator.comparing(firstPath::get)).toList()) {
            OrganizationRef latest = records.get(code).stream().max(Comparator.comparing(OrganizationRef::validFrom))
                    .orElseThrow();
            List<String> groupPaths = paths.get(code).stream().sorted().toList();
            groups.add(new Group(code, latest.name(), groupPaths, counts.get(code)));
            total += counts.get(code);
        }
        return new Plan(groups, total, unitNames);
    }

    /**
     * The deepest grassroots committee (or grassroots cell) at or above the path inside the subtree; the root itself
     * when the list is of a unit below grassroots level (or for admissions recorded directly on an upper level).
     */
    static OrganizationRef grassroots(String path, Map<String, OrganizationRef> byPath, List<OrganizationRef> roots) {
        for (int end = path.length(); end > 0; end -= OrganizationRef.PATH_LEVEL) {
            OrganizationRef r = byPath.get(path.substring(0, end));
            if (r != null && (r.kind() == OrganizationKind.GRASSROOTS_COMMITTEE
                    || r.kind() == OrganizationKind.GRASSROOTS_CELL)) {
                return r;
            }
        }
        return roots.stream().filter(r -> path.startsWith(r.path())).findFirst().orElse(roots.get(0));
    }

    /** The rows of the list: per group a heading, its members in name order, a subtotal; at the end the total. */
    public Iterator<Table.Row> lines(Plan plan, LocalDate from, LocalDate to) {
        return new LineIterator(plan, from, to);
    }

    /** Reads the admissions of one group's unit paths, sorted by Vietnamese name order (a short transaction each). */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Admitted> admitted(Group group, LocalDate from, LocalDate to, Map<Long, String> unitNames, Collator collator) {
        List<Admitted> result = new ArrayList<>((int) Math.min(group.count(), 100_000));
        for (Object[] r : repository.rows(group.paths(), from, to)) {
            String name = VietnameseText.nfc((String) r[0]);
            result.add(new Admitted(collator.getCollationKey(givenName(name)), collator.getCollationKey(name),
                    name, toLocalDate(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], unitNames.getOrDefault(((Number) r[7]).longValue(), ""), toLocalDate(r[8]),
                    (String) r[9]));
        }
        result.sort(Admitted.ORDER);
        return result;
    }

    /** "Nguyễn Thị Mai" → "Mai": Vietnamese lists sort by tên first. */
    static String givenName(String fullName) {
        String n = fullName.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    /** One admission of the list with its sort keys. */
    record Admitted(CollationKey givenKey, CollationKey nameKey, String name, LocalDate birthDate, String gender,
                    String ethnicity, String religion, String education, String qualification, String unit,
                    LocalDate decisionDate, String decisionNumber) {

        static final Comparator<Admitted> ORDER = Comparator.comparing(Admitted::givenKey)
                .thenComparing(Admitted::nameKey).thenComparing(Admitted::birthDate)
                .thenComparing(Admitted::decisionDate);

        Table.Row line(long no) {
            return AdmissionListRows.member(no, name, birthDate, label(gender),
                    Ethnicities.name(ethnicity).orElse(ethnicity), religion == null ? "Không" : religion,
                    education(education, qualification), unit, decisionDate, decisionNumber);
        }

        private static String label(String gender) {
            try {
                return Gender.valueOf(gender).label();
            } catch (IllegalArgumentException e) {
                return gender;
            }
        }

        /** "THPT; Đại học": general education, then the professional qualification when there is one. */
        static String education(String general, String professional) {
            String g = switch (GeneralEducation.valueOf(general)) {
                case PRIMARY -> "Tiểu học";
                case LOWER_SECONDARY -> "THCS";
                case UPPER_SECONDARY -> "THPT";
            };
            ProfessionalQualification p = ProfessionalQualification.valueOf(professional);
            return p == ProfessionalQualification.NONE ? g : g + "; " + p.label();
        }
    }

    /** Walks the groups lazily: the rows of one group are in memory at a time. */
    private final class LineIterator implements Iterator<Table.Row> {

        private final Iterator<Group> groups;
        private final LocalDate from;
        private final LocalDate to;
        private final Map<Long, String> unitNames;
        private final long total;
        private final Collator collator;
        private final Deque<Table.Row> pending = new ArrayDeque<>();
        private Iterator<Admitted> rows;
        private Group group;
        private long no;
        private boolean totalWritten;

        LineIterator(Plan plan, LocalDate from, LocalDate to) {
            this.groups = plan.groups().iterator();
            this.from = from;
            this.to = to;
            this.unitNames = plan.unitNames();
            this.total = plan.total();
            this.collator = Collator.getInstance(VietnameseText.VI_VN);
            this.collator.setStrength(Collator.TERTIARY);
        }

        @Override
        public boolean hasNext() {
            fill();
            return !pending.isEmpty();
        }

        @Override
        public Table.Row next() {
            fill();
            if (pending.isEmpty()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void fill() {
            while (pending.isEmpty()) {
                if (rows != null && rows.hasNext()) {
                    pending.add(rows.next().line(++no));
                } else if (rows != null) {
                    pending.add(AdmissionListRows.subtotal("Cộng " + group.name(), group.count()));
                    rows = null;
                } else if (groups.hasNext()) {
                    group = groups.next();
                    rows = self.admitted(group, from, to, unitNames, collator).iterator();
                    pending.add(AdmissionListRows.heading(group.name()));
                } else if (!totalWritten) {
                    totalWritten = true;
                    pending.add(AdmissionListRows.total(total));
                } else {
                    return;
                }
            }
        }
    }
}
