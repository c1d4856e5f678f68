package vn.ptdv.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportIssuing;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportRequest;

/** {@link ReportIssuing} through the steps of a download ({@link ReportDownloads}), audited as ISSUE_PREPARED / ISSUED. */
@ApplicationScoped
public class ReportIssuingService implements ReportIssuing {

    @Inject
    ReportDownloads downloads;

    @Inject
    JasperReportEngine engine;

    @Inject
    ReportCatalog catalog;

    @Inject
    Access access;

    @Override
    public Prepared prepare(String reportId, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
        given.remove(ReportArgumentsParser.FORMAT);
        given.remove(ReportArgumentsParser.PDF_A);
        catalog.find(reportId).ifPresent(p -> {
            List<String> declared = p.parameters().stream().map(ReportParameter::name).toList();
            for (String name : given.keySet()) {
                if (!declared.contains(name)) {
                    throw ProblemException.badParameter(name, "Báo cáo '" + reportId + "' không có tham số '" + name
                            + "'; các tham số: " + String.join(", ", declared) + ".");
                }
            }
        });
        Map<String, List<String>> query = new LinkedHashMap<>();
        given.forEach((k, v) -> query.put(k, v == null ? List.of() : List.of(v)));
        query.put(ReportArgumentsParser.FORMAT, List.of("pdf"));
        query.put(ReportArgumentsParser.PDF_A, List.of("true"));
        String raw = query.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        ReportDownloads.Download download = downloads.open(reportId, query, raw);
        ReportRequest request = downloads.build(download);
        if (request.letterhead() == null) {
            downloads.audit(download, "REJECTED");
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Báo cáo '" + reportId
                    + "' không in phần thể thức (số, ký hiệu, ngày ban hành) nên không ban hành thành văn bản được.");
        }
        downloads.audit(download, "ISSUE_PREPARED");
        return new Prepared(reportId, download.provider().title(), given, request.withFormat(ReportFormat.PDF, true));
    }

    @Override
    public void requirePermissions(String reportId) {
        catalog.find(reportId).ifPresentOrElse(p -> downloads.requirePermissions(p.definition()),
                () -> access.require(Permission.DOWNLOAD_REPORTS));
    }

    @Override
    public byte[] render(Prepared prepared, DocumentIssue issue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        engine.render(prepared.request().issued(issue), out);
        return out.toByteArray();
    }
}
