package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.ReportScope;
import vn.ptdv.reporting.control.JasperReportEngine;
import vn.ptdv.reporting.control.ReportArgumentsParser;

/** The provider and the template without a server: fixture figures in, a PDF with those figures out. */
class AdmissionResultsReportTest {

    static final Path PREVIEWS = Path.of("target", "report-previews");

    private static AdmissionResultsReport provider() {
        AdmissionResultsReport p = new AdmissionResultsReport();
        p.statistics = (code, year, inScope) -> AdmissionResultsFixtures.laoCai();
        p.decisions = (code, year, inScope) -> new AdmissionResultsText.Recognitions(2105, 58, 190);
        p.issuers = new IssuerDirectory() {
            @Override
            public Optional<IssuerDetails> issuer(String code) {
                return Optional.empty();
            }

            @Override
            public IssuerDetails issuerOrDefault(OrganizationRef organization) {
                return new IssuerDetails("LC", "TỈNH ỦY LÀO CAI", List.of("BAN TỔ CHỨC"), "BTCTU", "Lào Cai",
                        "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Mẫu",
                        List.of("Ban Tổ chức Trung ương (báo cáo)", "Lưu Văn phòng Ban"), true);
            }
        };
        return p;
    }

    private static ReportRequest request(ReportFormat format) {
        return provider().build(new ReportArguments(Map.of("org", "LC", "year", 2024), format, false));
    }

    @Test
    void requestNamesTheFileAndTheDocument() {
        ReportRequest r = request(ReportFormat.PDF);
        assertEquals("bao-cao-ket-qua-phat-trien-dang-vien-LC-2024.pdf", r.fileNameWithExtension());
        assertEquals("BÁO CÁO", r.letterhead().documentType());
        assertEquals("Kết quả công tác phát triển đảng viên năm 2024", r.letterhead().title());
        assertEquals("Số      -BC/BTCTU", r.letterhead().numberLine());
        // the year is checked once, by the download, against the configured range (ptdv.years.min/max)
        ProblemException e = assertThrows(ProblemException.class, () -> ReportArgumentsParser.parse(provider(),
                Map.of("org", List.of("LC"), "year", List.of("1990")), YearRange.of(2000, 2100), ReportScope.ALL));
        assertEquals(400, e.type().status());
    }

    @Test
    void pdfCarriesTheFiguresAndPageOneIsPreviewed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JasperReportEngine().render(request(ReportFormat.PDF), out);
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve("admission-results-fixture.pdf"), out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String s : List.of("BÁO CÁO", "Năm 2024, toàn Đảng bộ kết nạp 2.287/2.022 đảng viên, đạt 113,1% kế hoạch (vượt 13,1%)",
                    "Đảng bộ Bộ đội Biên phòng tỉnh 40 60 150,0%", "Trung cấp và sơ cấp 198 8,7%", "Tổng cộng 2.022 2.287 113,1%",
                    "Nguyễn Văn Mẫu")) {
                assertTrue(text.contains(s), () -> "PDF lacks '" + s + "':\n" + text);
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 110);
                ImageIO.write(image, "png", PREVIEWS.resolve("admission-results-fixture-" + (p + 1) + ".png").toFile());
            }
        }
    }
}
