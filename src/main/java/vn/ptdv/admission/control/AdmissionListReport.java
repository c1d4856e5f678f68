package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportParameter.Type;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Danh sách đảng viên được kết nạp: {@code GET /ptdv/api/reports/admission-list?org=LC&year=2024} (or
 * {@code fromYear=2015&toYear=2024}, optionally narrowed by {@code fromDate}/{@code toDate}). A named list, grouped by
 * grassroots committee with subtotals; its rows are streamed from the database ({@link AdmissionListService}) so a
 * list of 200.000 admissions never sits in memory, and long lists run as asynchronous jobs. Only the records of the
 * organisation in the caller's scope are listed.
 */
@ApplicationScoped
public class AdmissionListReport implements ReportProvider {

    static final String ID = "admission-list";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A named list of admissions: it needs the named-list permission and the permission to read admissions. */
    static final ReportDefinition DEFINITION = ReportDefinition.of(ID, "Danh sách đảng viên được kết nạp",
                    ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION,
                            "Mã tổ chức đảng, ví dụ LC; danh sách gồm toàn bộ các tổ chức trực thuộc."),
                    ReportParameter.optional("year", "Năm kết nạp", Type.YEAR,
                            "Năm của ngày quyết định kết nạp; hoặc dùng fromYear và toYear cho nhiều năm."),
                    ReportParameter.optional("fromYear", "Từ năm", Type.YEAR, "Năm đầu (cùng với toYear)."),
                    ReportParameter.optional("toYear", "Đến năm", Type.YEAR, "Năm cuối (cùng với fromYear)."),
                    ReportParameter.optional("fromDate", "Từ ngày", Type.TEXT,
                            "Ngày quyết định kết nạp sớm nhất, dạng dd/MM/yyyy, trong các năm đã chọn."),
                    ReportParameter.optional("toDate", "Đến ngày", Type.TEXT,
                            "Ngày quyết định kết nạp muộn nhất, dạng dd/MM/yyyy, trong các năm đã chọn."))
            .namingPeople().requiring(Permission.READ_ADMISSIONS);

    @Inject
    AdmissionListService lists;

    @Inject
    IssuerDirectory issuers;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    /** The validated period of the list. */
    record Period(int fromYear, int toYear, LocalDate from, LocalDate to) {

        /** "năm 2024", "từ năm 2015 đến năm 2024", "từ ngày 01/03/2024 đến ngày 30/06/2024". */
        String words(boolean datesGiven) {
            if (datesGiven) {
                return "từ ngày " + VietnameseFormat.date(from) + " đến ngày " + VietnameseFormat.date(to);
            }
            return fromYear == toYear ? "năm " + fromYear : "từ năm " + fromYear + " đến năm " + toYear;
        }
    }

    Period period(ReportArguments a) {
        Integer year = a.integer("year").isPresent() ? a.requireInt("year") : null;
        Integer fromYear = a.integer("fromYear").isPresent() ? a.requireInt("fromYear") : null;
        Integer toYear = a.integer("toYear").isPresent() ? a.requireInt("toYear") : null;
        if (year != null && (fromYear != null || toYear != null)) {
            throw ProblemException.badParameter("year", "Chọn năm (year) hoặc khoảng năm (fromYear, toYear), không cả hai.");
        }
        if (year == null && (fromYear == null || toYear == null)) {
            throw ProblemException.badParameter("year", "Cần năm kết nạp (year) hoặc cả fromYear và toYear.");
        }
        int first = year != null ? year : fromYear;
        int last = year != null ? year : toYear;
        if (last < first) {
            throw ProblemException.badParameter("toYear", "Năm cuối không được trước năm đầu.");
        }
        LocalDate from = date(a, "fromDate", LocalDate.of(first, 1, 1));
        LocalDate to = date(a, "toDate", LocalDate.of(last, 12, 31));
        if (from.getYear() < first || to.getYear() > last) {
            throw ProblemException.badParameter(from.getYear() < first ? "fromDate" : "toDate",
                    "Ngày phải nằm trong các năm đã chọn.");
        }
        if (to.isBefore(from)) {
            throw ProblemException.badParameter("toDate", "Đến ngày không được trước từ ngày.");
        }
        return new Period(first, last, from, to);
    }

    private static LocalDate date(ReportArguments a, String name, LocalDate fallback) {
        String text = a.string(name).orElse(null);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip(), DMY);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "Ngày phải có dạng dd/MM/yyyy, ví dụ 24/01/2024.");
        }
    }

    @Override
    public long estimatedRows(ReportArguments arguments) {
        Period p = period(arguments);
        return lists.count(lists.roots(arguments.requireString("org"), p.from(), p.to(), arguments.scope()), p.from(),
                p.to());
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        String code = arguments.requireString("org");
        Period p = period(arguments);
        List<OrganizationRef> roots = lists.roots(code, p.from(), p.to(), arguments.scope());
        if (roots.isEmpty()) {
            if (!lists.exists(code, arguments.scope())) {
                throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
            }
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Tổ chức " + code + " không hoạt động trong " + p.words(false) + ".");
        }
        OrganizationRef latest = roots.get(roots.size() - 1);
        boolean datesGiven = arguments.string("fromDate").isPresent() || arguments.string("toDate").isPresent();
        Letterhead letterhead = Letterhead.of(AdmissionLetterheads.issuer(issuers.issuerOrDefault(latest)),
                DocumentType.LIST, "Đảng viên được kết nạp " + p.words(datesGiven));
        // the plan (one grouped query) is made when the fill starts, in the thread that renders
        DocumentBody body = DocumentBody.builder().table(AdmissionListRows.table(
                () -> lists.lines(lists.plan(roots, p.from(), p.to()), p.from(), p.to()))).build();
        return ReportRequest.document(letterhead, body, fileName(latest.code(), p));
    }

    /** "danh-sach-dang-vien-ket-nap-LC-2024", "…-LC-2015-2024". */
    static String fileName(String code, Period p) {
        return "danh-sach-dang-vien-ket-nap-" + code + "-" + p.fromYear()
                + (p.toYear() == p.fromYear() ? "" : "-" + p.toYear());
    }
}
