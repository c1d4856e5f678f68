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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRBaseFiller;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.reporting.api.RenderCancelledException;
import vn.ptdv.reporting.api.RenderProgress;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
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
 * XLSX. A typed document ({@link ReportRequest#body()}) is filled into {@code reporting/document} from the lines of
 * {@link DocumentLines}; a template of its own from the request's rows. Thread-safe; templates and table layouts are
 * cached after the first use.
 */
@ApplicationScoped
public class JasperReportEngine implements ReportRenderer {

    /** Template ids of the reusable parts that every official document includes. */
    public static final String LETTERHEAD_TEMPLATE = "reporting/letterhead";
    public static final String SIGNATURE_TEMPLATE = "reporting/signature";
    /** The table of a typed document, laid out per table by {@link TableLayouts}. */
    public static final String TABLE_TEMPLATE = "reporting/document-table";

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
    private final TableLayouts tables = new TableLayouts(() -> load(TABLE_TEMPLATE));
    private volatile Path iccProfile;
    private int virtualizerPages = 50;
    private String swapDirectory = System.getProperty("java.io.tmpdir");

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

    /**
     * Pages of a long list (a streamed request) kept in memory while filling; the others wait in a swap file in
     * {@code directory} (default: the temporary directory), deleted after the export.
     */
    @Inject
    public void configureVirtualizer(
            @ConfigProperty(name = PtdvConfig.REPORTS_VIRTUALIZER_PAGES, defaultValue = "50") int pages,
            @ConfigProperty(name = PtdvConfig.REPORTS_SWAP_DIRECTORY) Optional<String> directory) {
        this.virtualizerPages = pages;
        directory.filter(d -> !d.isBlank()).ifPresent(d -> this.swapDirectory = d);
    }

    /** The JasperReports context with PTDV's settings (for tests and tools). */
    public SimpleJasperReportsContext context() {
        return context;
    }

    @Override
    public RenderedReport render(ReportRequest request, OutputStream out, RenderProgress progress) {
        JRSwapFileVirtualizer virtualizer = request.streamed() ? virtualizer() : null;
        try {
            JasperPrint print = fill(request, virtualizer, progress);
            progress.pages(print.getPages().size()); // the last page is complete only after the fill
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            export(print, request, new CancellableOutputStream(out, progress));
            return new RenderedReport(request.format(), print.getPages().size(),
                    request.format() == ReportFormat.PDF && request.pdfA());
        } catch (ReportRenderingException e) {
            throw progress.cancelled() ? cancelled(request) : e;
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup(); // deletes the swap file
            }
        }
    }

    /** Fills the request's template: step one of {@link #render}. */
    public JasperPrint fill(ReportRequest request) {
        return fill(request, null, RenderProgress.NONE);
    }

    private JasperPrint fill(ReportRequest request, JRSwapFileVirtualizer virtualizer, RenderProgress progress) {
        JasperReport report = template(request.templateId());
        Map<String, Object> parameters = new HashMap<>();
        request.parameters().forEach((k, v) -> parameters.put(k, v instanceof String s ? VietnameseText.nfc(s) : v));
        parameters.put(JRParameter.REPORT_LOCALE, VietnameseText.VI_VN);
        if (virtualizer != null) {
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        Letterhead letterhead = request.letterhead();
        if (letterhead != null) {
            Map<String, Object> fields = LetterheadFields.of(letterhead);
            parameters.put(P_LETTERHEAD, fields);
            parameters.put(P_LETTERHEAD_DATA, new RowDataSource(List.of(fields)));
            parameters.put(P_SIGNATURE_DATA, new RowDataSource(List.of(fields)));
            parameters.put(P_LETTERHEAD_REPORT, template(LETTERHEAD_TEMPLATE));
            parameters.put(P_SIGNATURE_REPORT, template(SIGNATURE_TEMPLATE));
        }
        // the row streams that the tables of a body open while filling: closed afterwards, also on failure
        List<AutoCloseable> streams = new CopyOnWriteArrayList<>();
        Iterator<?> rows = request.body() == null ? request.rows().iterator()
                : DocumentLines.of(letterhead, request.body(), tables, progress, streams).iterator();
        try {
            JRBaseFiller filler = JRFiller.createFiller(context, report);
            filler.addFillListener(new FillListener() {
                @Override
                public void pageGenerated(JasperPrint print, int pageIndex) {
                    progress.pages(pageIndex + 1);
                }

                @Override
                public void pageUpdated(JasperPrint print, int pageIndex) {
                    // the page count is what we report
                }
            });
            return filler.fill(parameters, new RowDataSource(rows, progress));
        } catch (JRException | RuntimeException e) {
            if (progress.cancelled()) {
                throw cancelled(request);
            }
            throw new ReportRenderingException("Cannot fill report template " + request.templateId(), e);
        } finally {
            for (AutoCloseable stream : streams) {
                try {
                    stream.close();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Cannot close the rows of " + request.templateId(), e);
                }
            }
        }
    }

    /** A swap-file virtualizer in the temporary directory, keeping {@link #virtualizerPages} pages in memory. */
    private JRSwapFileVirtualizer virtualizer() {
        JRSwapFile swap = new JRSwapFile(context, swapDirectory, 4096, 1024);
        return new JRSwapFileVirtualizer(Math.max(2, virtualizerPages), swap, true);
    }

    private static RenderCancelledException cancelled(ReportRequest request) {
        return new RenderCancelledException("Rendering of " + request.templateId() + " cancelled");
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

    /** A fresh copy of a compiled template, read from the WAR (cached by {@link #template}). */
    JasperReport load(String templateId) {
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
