package vn.ptdv.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.RenderedReport;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportRenderer;
import vn.ptdv.reporting.api.ReportRenderingException;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.shared.VietnameseText;

/**
 * The reporting engine on JasperReports 7.0.6: loads precompiled templates from the WAR's own classpath (never from a
 * caller-supplied location: 7.0.6 predates the fix of CVE-2026-6009), fills them and exports PDF, PDF/A-1b, DOCX or
 * XLSX. Thread-safe; templates are cached after the first use.
 */
@ApplicationScoped
public class JasperReportEngine implements ReportRenderer {

    /** Template ids of the reusable parts that every official document includes. */
    public static final String LETTERHEAD_TEMPLATE = "reporting/letterhead";
    public static final String SIGNATURE_TEMPLATE = "reporting/signature";

    /** Parameters the engine gives every template (see the package documentation of {@code reporting.api}). */
    public static final String P_LETTERHEAD = "LETTERHEAD";
    public static final String P_LETTERHEAD_REPORT = "LETTERHEAD_REPORT";
    public static final String P_SIGNATURE_REPORT = "SIGNATURE_REPORT";
    public static final String P_LETTERHEAD_DATA = "LETTERHEAD_DATA";
    public static final String P_SIGNATURE_DATA = "SIGNATURE_DATA";

    /** The font family of the font extension; Word and Excel show it as Times New Roman. */
    public static final String FONT_FAMILY = "Times New Roman";

    static final String DESERIALIZATION_FILTER = "net.sf.jasperreports.deserialization.class.filter.enabled";

    private static final Logger LOG = Logger.getLogger(JasperReportEngine.class.getName());

    private final SimpleJasperReportsContext context;
    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();
    private volatile Path iccProfile;

    public JasperReportEngine() {
        context = new SimpleJasperReportsContext();
        // Only classes on JasperReports' allow-list may be deserialised from a .jasper (on by default in 7.0.6; we
        // insist, because our only line of defence against CVE-2026-6009 is never loading foreign templates).
        context.setProperty(DESERIALIZATION_FILTER, "true");
        context.setProperty("net.sf.jasperreports.default.font.name", FONT_FAMILY);
        context.setProperty("net.sf.jasperreports.default.font.size", "14");
        context.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
        context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
    }

    /** The JasperReports context with PTDV's settings (for tests and tools). */
    public SimpleJasperReportsContext context() {
        return context;
    }

    @Override
    public RenderedReport render(ReportRequest request, OutputStream out) {
        JasperPrint print = fill(request);
        export(print, request, out);
        return new RenderedReport(request.format(), print.getPages().size(),
                request.format() == ReportFormat.PDF && request.pdfA());
    }

    /** Fills the request's template: step one of {@link #render}. */
    public JasperPrint fill(ReportRequest request) {
        JasperReport report = template(request.templateId());
        Map<String, Object> parameters = new HashMap<>();
        request.parameters().forEach((k, v) -> parameters.put(k, v instanceof String s ? VietnameseText.nfc(s) : v));
        parameters.put(JRParameter.REPORT_LOCALE, VietnameseText.VI_VN);
        Letterhead letterhead = request.letterhead();
        if (letterhead != null) {
            Map<String, Object> fields = LetterheadFields.of(letterhead);
            parameters.put(P_LETTERHEAD, fields);
            parameters.put(P_LETTERHEAD_DATA, new RowDataSource(List.of(fields)));
            parameters.put(P_SIGNATURE_DATA, new RowDataSource(List.of(fields)));
            parameters.put(P_LETTERHEAD_REPORT, template(LETTERHEAD_TEMPLATE));
            parameters.put(P_SIGNATURE_REPORT, template(SIGNATURE_TEMPLATE));
        }
        request.datasets().forEach((name, rows) -> parameters.put(name, new RowDataSource(rows)));
        try {
            return JasperFillManager.getInstance(context).fill(report, parameters, new RowDataSource(request.rows()));
        } catch (JRException | RuntimeException e) {
            throw new ReportRenderingException("Cannot fill report template " + request.templateId(), e);
        }
    }

    /** Exports a filled report: step two of {@link #render}. */
    public void export(JasperPrint print, ReportRequest request, OutputStream out) {
        try {
            SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
            switch (request.format()) {
                case PDF -> exportPdf(print, request, output);
                case DOCX -> exportDocx(print, request, output);
                case XLSX -> exportXlsx(print, output);
            }
            out.flush();
        } catch (JRException | IOException | RuntimeException e) {
            throw new ReportRenderingException("Cannot export report template " + request.templateId()
                    + " to " + request.format(), e);
        }
    }

    private void exportPdf(JasperPrint print, ReportRequest request, SimpleOutputStreamExporterOutput output)
            throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(output);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        report.setForceLineBreakPolicy(false);
        exporter.setConfiguration(report);
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        Letterhead l = request.letterhead();
        config.setMetadataTitle(title(request));
        config.setDisplayMetadataTitle(true);
        if (l != null) {
            config.setMetadataAuthor(l.issuingBodyText().replace('\n', ' '));
            config.setMetadataSubject(l.title());
        }
        config.setMetadataCreator("PTDV – Phát triển đảng viên");
        // Full compression writes cross-reference streams, which PDF/A-1 forbids (veraPDF 6.1.4-3).
        config.setCompressed(!request.pdfA());
        if (request.pdfA()) {
            // PDF/A-1b: PDF/A-2b fails veraPDF rule 6.2.11.4.2-2 with OpenPDF's font subsets (stack.md gotcha 6).
            config.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
            config.setIccProfilePath(iccProfile().toString());
            config.setEmbedIccProfile(true);
        }
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    private void exportDocx(JasperPrint print, ReportRequest request, SimpleOutputStreamExporterOutput output)
            throws JRException {
        JRDocxExporter exporter = new JRDocxExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(output);
        SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
        report.setFlexibleRowHeight(true);
        exporter.setConfiguration(report);
        SimpleDocxExporterConfiguration config = new SimpleDocxExporterConfiguration();
        config.setMetadataTitle(title(request));
        config.setMetadataApplication("PTDV");
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    private void exportXlsx(JasperPrint print, SimpleOutputStreamExporterOutput output) throws JRException {
        // A spreadsheet is one long sheet: page headers (page numbers) would only repeat between the rows.
        print.setProperty("net.sf.jasperreports.export.xls.exclude.origin.band.ptdv-page-header", "pageHeader");
        JRXlsxExporter exporter = new JRXlsxExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(output);
        SimpleXlsxReportConfiguration report = new SimpleXlsxReportConfiguration();
        report.setOnePagePerSheet(false);
        report.setRemoveEmptySpaceBetweenRows(true);
        report.setRemoveEmptySpaceBetweenColumns(true);
        report.setDetectCellType(true);
        report.setWhitePageBackground(false);
        report.setIgnorePageMargins(true);
        report.setCollapseRowSpan(false);
        report.setSheetNames(new String[] {"Báo cáo"});
        exporter.setConfiguration(report);
        SimpleXlsxExporterConfiguration config = new SimpleXlsxExporterConfiguration();
        config.setMetadataApplication("PTDV");
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    private static String title(ReportRequest request) {
        Letterhead l = request.letterhead();
        if (l == null) {
            return request.fileName();
        }
        String type = l.documentType() == null ? "" : l.documentType() + " ";
        return (type + (l.title() == null ? "" : l.title())).strip();
    }

    /**
     * The compiled template of an id, loaded once from {@code /reports/<id>.jasper} in the WAR's classpath. Never
     * pass anything but a template id that a business module hard-codes.
     */
    public JasperReport template(String templateId) {
        return templates.computeIfAbsent(templateId, this::load);
    }

    private JasperReport load(String templateId) {
        if (!templateId.matches("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+")) {
            throw new ReportRenderingException("Bad template id " + templateId);
        }
        String resource = "/reports/" + templateId + ".jasper";
        try (InputStream in = JasperReportEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportRenderingException("Report template not found on the classpath: " + resource);
            }
            Object loaded = JRLoader.loadObject(context, in);
            if (!(loaded instanceof JasperReport report)) {
                throw new ReportRenderingException("Not a compiled report: " + resource);
            }
            LOG.fine(() -> "Loaded report template " + resource);
            return report;
        } catch (JRException | IOException e) {
            throw new ReportRenderingException("Cannot load report template " + resource, e);
        }
    }

    /** The sRGB output intent of PDF/A: the JDK's own sRGB profile, written once to a temporary file. */
    private Path iccProfile() {
        Path p = iccProfile;
        if (p == null) {
            synchronized (this) {
                p = iccProfile;
                if (p == null) {
                    try {
                        p = Files.createTempFile("ptdv-srgb-", ".icc");
                        Files.write(p, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                        p.toFile().deleteOnExit();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot write the sRGB ICC profile", e);
                    }
                    iccProfile = p;
                }
            }
        }
        return p;
    }

    /** Template ids currently cached (for tests). */
    List<String> cachedTemplates() {
        return List.copyOf(templates.keySet());
    }
}
