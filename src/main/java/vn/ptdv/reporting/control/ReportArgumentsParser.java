package vn.ptdv.reporting.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportScope;
import vn.ptdv.shared.VietnameseText;

/**
 * Checks the query of a report download against the provider's parameter descriptors and converts every value to
 * its declared type, years within the configured range ({@code ptdv.years.min}/{@code max}: the one check of years),
 * so that {@link ReportProvider#build} only has to check meaning. All problems are reported at once, as one
 * BAD_PARAMETER problem whose {@code errors} map names each parameter.
 */
public final class ReportArgumentsParser {

    /** Query parameters of every report: the output format and the PDF/A switch. */
    public static final String FORMAT = "format";
    public static final String PDF_A = "pdfa";

    static final int MAX_TEXT = 200;
    private static final Pattern ORGANIZATION = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    private ReportArgumentsParser() {
    }

    /**
     * @param query the decoded query parameters (NFC already, by the platform's filter)
     * @param years the accepted range of YEAR parameters
     * @param scope the caller's scope, handed on with the arguments
     * @throws ProblemException BAD_PARAMETER with an errors map
     */
    public static ReportArguments parse(ReportProvider provider, Map<String, List<String>> query, YearRange years,
                                        ReportScope scope) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();

        ReportFormat format = ReportFormat.PDF;
        Optional<String> formatValue = single(query, FORMAT, errors);
        if (formatValue.isPresent()) {
            Optional<ReportFormat> parsed = ReportFormat.parse(formatValue.get());
            if (parsed.isEmpty()) {
                errors.put(FORMAT, "Định dạng không hợp lệ; chọn một trong: pdf, docx, xlsx.");
            } else if (!provider.formats().contains(parsed.get())) {
                errors.put(FORMAT, "Báo cáo này không xuất được định dạng " + parsed.get().extension()
                        + "; chọn một trong: " + formats(provider.formats()) + ".");
            } else {
                format = parsed.get();
            }
        } else if (!provider.formats().contains(ReportFormat.PDF) && !errors.containsKey(FORMAT)) {
            format = provider.formats().iterator().next();
        }
        boolean pdfA = false;
        Optional<String> pdfAValue = single(query, PDF_A, errors);
        if (pdfAValue.isPresent()) {
            Boolean b = bool(pdfAValue.get());
            if (b == null) {
                errors.put(PDF_A, "Tham số pdfa chỉ nhận giá trị true hoặc false.");
            } else {
                pdfA = b;
            }
        }

        for (ReportParameter p : provider.parameters()) {
            Optional<String> raw = single(query, p.name(), errors).map(VietnameseText::clean);
            if (errors.containsKey(p.name())) {
                continue;
            }
            if (raw.isEmpty()) {
                if (p.required()) {
                    errors.put(p.name(), "Thiếu tham số bắt buộc: " + p.label() + ".");
                }
                continue;
            }
            String v = raw.get();
            switch (p.type()) {
                case ORGANIZATION -> {
                    if (ORGANIZATION.matcher(v).matches()) {
                        values.put(p.name(), v);
                    } else {
                        errors.put(p.name(), p.label() + ": mã tổ chức đảng không hợp lệ.");
                    }
                }
                case YEAR -> {
                    Integer year = v.matches("\\d{4}") ? Integer.valueOf(v) : null;
                    if (year != null && year >= years.min() && year <= years.max()) {
                        values.put(p.name(), year);
                    } else {
                        errors.put(p.name(), p.label() + ": phải là năm có 4 chữ số, từ " + years.min() + " đến "
                                + years.max() + ".");
                    }
                }
                case TEXT -> {
                    if (v.length() <= MAX_TEXT) {
                        values.put(p.name(), v);
                    } else {
                        errors.put(p.name(), p.label() + ": dài quá " + MAX_TEXT + " ký tự.");
                    }
                }
                case ID -> {
                    Long id = null;
                    if (v.matches("\\d{1,18}")) {
                        id = Long.valueOf(v);
                    }
                    if (id != null && id > 0) {
                        values.put(p.name(), id);
                    } else {
                        errors.put(p.name(), p.label() + ": phải là số nguyên dương.");
                    }
                }
                case BOOLEAN -> {
                    Boolean b = bool(v);
                    if (b != null) {
                        values.put(p.name(), b);
                    } else {
                        errors.put(p.name(), p.label() + ": chỉ nhận giá trị true hoặc false.");
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.values().iterator().next()
                    : "Có " + errors.size() + " tham số không hợp lệ: " + String.join(" ", errors.values());
            throw new ProblemException(ProblemType.BAD_PARAMETER, detail, errors);
        }
        return new ReportArguments(values, format, pdfA && format == ReportFormat.PDF, scope);
    }

    private static Optional<String> single(Map<String, List<String>> query, String name, Map<String, String> errors) {
        List<String> v = query.get(name);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        if (v.size() > 1) {
            errors.put(name, "Tham số " + name + " chỉ được truyền một lần.");
            return Optional.empty();
        }
        String s = v.get(0);
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static Boolean bool(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String formats(Set<ReportFormat> formats) {
        return String.join(", ", formats.stream().sorted().map(ReportFormat::extension).toList());
    }
}
