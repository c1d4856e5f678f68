package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import vn.ptdv.organization.api.LineageBaseline;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * Kết quả công tác phát triển đảng viên of a period (quý I, 6 tháng, 9 tháng, năm, or from 1 January to a date): the
 * admissions against the year's target, the same period of the previous year through the lineage (what the
 * organisation's predecessors held then, see {@link LineageBaseline}), the ratio to the members at the previous year's
 * end, the recognitions and removals decided in the period, the units without an admission and those below a ratio of
 * their target. Aggregates only: every role reads them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    /** Default threshold of {@code unitsBelowRatio}: 10% of the year's target. */
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;

    static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Inject
    LineageCounts counts;

    @Inject
    TargetRepository targets;

    @Inject
    ProbationRepository probations;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Access access;

    /** The period of a report: Q1, H1, 9M, YEAR, or TO_DATE with its last day. */
    public record Period(String code, LocalDate from, LocalDate to, String label) {
    }

    /** A unit with its figures of the period ({@code previous}: its same period of the previous year, by lineage). */
    public record Unit(OrganizationRef unit, Integer target, long admitted, BigDecimal ratio, long previous) {
    }

    /** The figures of a period; {@code ratio} and {@code ratioOfMembers} are null when their denominator is 0 or none. */
    public record Progress(OrganizationRef organization, int year, Period period, long admitted, long women,
                           long minorities, Integer target, BigDecimal ratio, long samePeriodPreviousYear,
                           LineageBaseline baseline,
                           long membersAtPreviousYearEnd, LineageBaseline membersBaseline, BigDecimal ratioOfMembers,
                           long recognised, long removed, BigDecimal threshold, List<Unit> unitsWithoutAdmission,
                           List<Unit> unitsBelowRatio, List<Unit> children) {
    }

    /** For the API: the caller's scope checked (404 outside it, as for a code that does not exist). */
    public Progress progress(String code, int year, String period, String toDate, String threshold) {
        var caller = access.require(Permission.READ_AGGREGATES);
        List<OrganizationRef> records = organizations.history(code).stream().filter(r -> caller.covers(r.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        return of(records, year, period(year, period, toDate, LocalDate.now()), threshold(threshold), caller::covers);
    }

    /** The period asked: {@code period} or {@code toDate} (not both); neither: the year to date, or the whole past year. */
    public static Period period(int year, String period, String toDate, LocalDate today) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.badParameter("year", "Năm không hợp lệ (ví dụ 2026).");
        }
        boolean hasPeriod = period != null && !period.isBlank();
        boolean hasDate = toDate != null && !toDate.isBlank();
        if (hasPeriod && hasDate) {
            throw ProblemException.badParameter("period", "Chỉ dùng một trong hai tham số period hoặc toDate.");
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        if (hasDate) {
            LocalDate to;
            try {
                to = LocalDate.parse(toDate.strip(), VI_DATE);
            } catch (DateTimeParseException e) {
                throw ProblemException.badParameter("toDate", "Ngày toDate không hợp lệ: dùng dạng dd/MM/yyyy (ví dụ 30/06/" + year + ").");
            }
            if (to.getYear() != year) {
                throw ProblemException.badParameter("toDate", "Ngày toDate phải thuộc năm " + year + ".");
            }
            return new Period("TO_DATE", jan1, to, "từ đầu năm đến ngày " + VietnameseFormat.date(to));
        }
        String p = hasPeriod ? period.strip().toUpperCase(Locale.ROOT) : today.getYear() == year ? "TO_DATE" : "YEAR";
        return switch (p) {
            case "Q1" -> new Period(p, jan1, LocalDate.of(year, 3, 31), "quý I");
            case "H1" -> new Period(p, jan1, LocalDate.of(year, 6, 30), "6 tháng đầu năm");
            case "9M" -> new Period(p, jan1, LocalDate.of(year, 9, 30), "9 tháng đầu năm");
            case "YEAR" -> new Period(p, jan1, LocalDate.of(year, 12, 31), "năm");
            case "TO_DATE" -> new Period(p, jan1, today, "từ đầu năm đến ngày " + VietnameseFormat.date(today));
            default -> throw ProblemException.badParameter("period",
                    "Tham số period phải là Q1, H1, 9M hoặc YEAR (hoặc dùng toDate=dd/MM/yyyy).");
        };
    }

    /** The threshold in percent of the year's target (0–100; default 10). */
    public static BigDecimal threshold(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_THRESHOLD;
        }
        try {
            BigDecimal t = new BigDecimal(value.strip().replace(',', '.').replace("%", ""));
            if (t.signum() < 0 || t.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new NumberFormatException();
            }
            return t;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("threshold", "Ngưỡng threshold là phần trăm chỉ tiêu từ 0 đến 100 (ví dụ 10).");
        }
    }

    /** The figures for the records of a code already checked against the caller's scope. */
    public Progress of(List<OrganizationRef> records, int year, Period period, BigDecimal threshold, Predicate<String> inScope) {
        OrganizationRef org = OrganizationRef.latestValidDuring(records, period.from(), period.to())
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + records.get(0).code()
                        + " không hoạt động " + period.label() + " " + year + "."));
        LocalDate on = org.validTo() != null && org.validTo().isBefore(period.to()) ? org.validTo() : period.to();

        // the period: every admission whose unit belongs to the organisation now, wherever it stood when admitted
        LineageBaseline now = organizations.baseline(org, on, period.from(), period.to());
        long[] sums = new long[3];
        Map<String, Long> current = counts.rolledUp(now, sums);
        LineageBaseline before = organizations.baseline(org, on, period.from().minusYears(1), period.to().minusYears(1));
        Map<String, Long> earlier = counts.rolledUp(before, new long[3]);
        long admitted = sums[0];
        long previous = earlier.getOrDefault(org.path(), 0L);
        LocalDate yearEnd = LocalDate.of(year - 1, 12, 31);
        LineageBaseline membersThen = organizations.baseline(org, on, yearEnd, yearEnd);
        long members = organizations.membership(membersThen).total();
        Integer target = targets.codeTarget(org.code(), year, inScope);

        List<OrganizationRef> units = organizations.subtree(org.code(), on).stream().filter(u -> u.id() != org.id()).toList();
        Map<String, Integer> unitTargets = new HashMap<>();
        for (OrganizationRef r : records) {
            targets.targetsUnder(r.subtreePattern(), year)
                    .forEach(t -> unitTargets.merge(t.getOrganizationCode(), t.getAdmissions(), Integer::sum));
        }
        List<Unit> without = new ArrayList<>();
        List<Unit> below = new ArrayList<>();
        List<Unit> children = new ArrayList<>();
        java.util.Set<String> zeroPaths = new java.util.HashSet<>();
        for (OrganizationRef u : units) {
            long n = current.getOrDefault(u.path(), 0L);
            Integer t = unitTargets.get(u.code());
            BigDecimal ratio = t == null ? null : VietnameseFormat.ratio(n, t);
            if (n == 0) {
                zeroPaths.add(u.path());
                // the top-most units without an admission: a committee at zero stands for all of its cells
                boolean parentZero = u.parentId() != null && zeroPaths.contains(u.path().substring(0,
                        u.path().length() - OrganizationRef.PATH_LEVEL));
                if (!parentZero) {
                    without.add(new Unit(u, t, 0, ratio, earlier.getOrDefault(u.path(), 0L)));
                }
            }
            if (t != null && t > 0 && ratio.compareTo(threshold) < 0) {
                below.add(new Unit(u, t, n, ratio, earlier.getOrDefault(u.path(), 0L)));
            }
            if (org.id() == (u.parentId() == null ? -1 : u.parentId())) {
                children.add(new Unit(u, t, n, ratio, earlier.getOrDefault(u.path(), 0L)));
            }
        }
        Comparator<Unit> byPath = Comparator.comparing(x -> x.unit().path());
        without.sort(byPath);
        below.sort(Comparator.comparing(Unit::ratio).thenComparing(x -> x.unit().name(), VietnameseText.collator()));
        long[] decided = probations.decided(records.stream().filter(r -> r.validDuring(period.from(), period.to())).toList(),
                period.from(), period.to());
        children.sort(Comparator.comparing(x -> x.unit().name(), VietnameseText.collator()));
        return new Progress(org, year, period, admitted, sums[1], sums[2], target, target == null ? null : VietnameseFormat.ratio(admitted, target),
                previous, before, members, membersThen, VietnameseFormat.ratio(admitted, members), decided[0], decided[1],
                threshold, without, below, children);
    }
}
