package vn.ptdv.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.reporting.control.JasperReportEngine;
import vn.ptdv.testing.PdfA;

/**
 * The PAdES signature of an issued document: a PDF/A-1b rendered by the engine, numbered, signed with a test CA's key
 * (made as the demo makes it), stays PDF/A-1b (veraPDF), verifies over the whole file (PDFBox + BouncyCastle, and
 * poppler's pdfsig when installed) and fails to verify once one byte changed.
 */
class PdfSignerTest {

    @TempDir
    static Path dir;

    static SigningKey key;
    static byte[] unsigned;
    static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        SigningKeys keys = new SigningKeys();
        key = keys.testKey(dir);
        assertTrue(key.commonName().contains("TEST"), key.commonName());
        assertTrue(key.chain().get(1).getSubjectX500Principal().getName().contains("TEST CA"));
        Letterhead l = Letterhead.of(new Issuer("ĐẢNG BỘ TỈNH LÀO CAI", List.of("TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC"), "BTCTU",
                        "Lào Cai", new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hằng"),
                        List.of("Lưu Văn phòng Ban"), "LC"),
                DocumentType.REPORT, "Kết quả công tác phát triển đảng viên năm 2024");
        ReportRequest request = ReportRequest.document(l, DocumentBody.builder()
                        .paragraph("Toàn Đảng bộ tỉnh kết nạp 2.287 đảng viên, đạt 113,1% chỉ tiêu năm.").build(), "bao-cao")
                .withFormat(ReportFormat.PDF, true).issued(new DocumentIssue("7", LocalDate.of(2026, 12, 3)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JasperReportEngine().render(request, out);
        unsigned = out.toByteArray();
        signed = PdfSigner.sign(unsigned, key, "Nguyễn Thị Hằng", "Ban hành văn bản số 7-BC/BTCTU", "Lào Cai",
                List.of("Văn bản số 7-BC/BTCTU"));
        Path previews = Path.of("target", "report-previews");
        Files.createDirectories(previews);
        Files.write(previews.resolve("issued-document-signed.pdf"), signed);
    }

    @Test
    void theSignatureCoversTheWholeFileAndVerifies() {
        PdfSignatures.Check c = PdfSignatures.check(signed);
        assertTrue(c.pdf());
        assertEquals(1, c.signatures());
        assertTrue(c.valid(), "the CMS verifies over the byte range");
        assertTrue(c.wholeFile(), "the byte range covers the whole file");
        assertEquals(key.commonName(), c.signer());
        assertTrue(c.firstPage().contains("Số 7-BC/BTCTU"), c.firstPage());
        // the signed file starts with the unsigned one: an incremental update
        assertEquals(unsigned.length, indexOfDifference(unsigned, signed));
        PdfSignatures.Check plain = PdfSignatures.check(unsigned);
        assertEquals(0, plain.signatures());
        assertFalse(plain.valid());
    }

    @Test
    void theVisibleBlockNamesTheSigner() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Số 7-BC/BTCTU"), text);
            var widget = doc.getPage(doc.getNumberOfPages() - 1).getAnnotations().get(0);
            assertTrue(widget.isPrinted(), "PDF/A: the signature widget is printed");
            assertTrue(widget.getAppearance() != null);
        }
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "Tồn".getBytes()) >= 0 ? indexOf(tampered, "Tồn".getBytes()) : 200;
        tampered[at] ^= 0x01;
        PdfSignatures.Check c = PdfSignatures.check(tampered);
        assertFalse(c.pdf() && c.valid() && c.wholeFile(), "a changed byte is seen");
        PdfSignatures.Check junk = PdfSignatures.check("not a pdf".getBytes());
        assertFalse(junk.pdf());
    }

    @Test
    void signedStaysPdfA1b() throws Exception {
        PdfA.assertPdfA1b(signed, "the signed document");
    }

    @Test
    void pdfsigReportsAValidSignatureOverTheWholeDocument() throws Exception {
        String out = pdfsig(signed, dir);
        if (out == null) {
            return; // poppler-utils not installed: the PDFBox check above stands
        }
        assertTrue(out.contains("Signature is Valid"), out);
        assertTrue(out.contains("Total document signed"), out);
    }

    /** pdfsig's output for the bytes, or null when pdfsig is not installed. */
    static String pdfsig(byte[] pdf, Path dir) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            return null;
        }
        Path file = Files.createTempFile(dir, "signed", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static int indexOfDifference(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return Math.min(a.length, b.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
