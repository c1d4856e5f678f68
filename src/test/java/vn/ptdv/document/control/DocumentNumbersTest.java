package vn.ptdv.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.reporting.api.DocumentType;

/** Số và ký hiệu of issued documents (36-HD/VPTW): kinds, symbols, numbers, the number printed on a page. */
class DocumentNumbersTest {

    @Test
    void symbolIsTheKindsAbbreviationThenTheIssuers() {
        assertEquals("BC/BTCTU", DocumentNumbers.symbol(DocumentType.REPORT, "BTCTU"));
        assertEquals("TTr/TU", DocumentNumbers.symbol(DocumentType.SUBMISSION, "TU"));
        assertEquals("QĐ/HU", DocumentNumbers.symbol(DocumentType.DECISION, " HU "));
        assertEquals("12-BC/BTCTU", DocumentNumbers.full(12, "BC/BTCTU"));
        assertThrows(IllegalArgumentException.class, () -> DocumentNumbers.full(0, "BC/BTCTU"));
        assertThrows(IllegalArgumentException.class, () -> DocumentNumbers.symbol(DocumentType.REPORT, " "));
    }

    @Test
    void eachYearStartsAtOne() {
        assertEquals(1, DocumentNumbers.next(null));
        assertEquals(2, DocumentNumbers.next(1));
        assertEquals(58, DocumentNumbers.next(57));
    }

    @Test
    void kindsAreReadByAbbreviationOrName() {
        assertEquals(DocumentType.REPORT, DocumentNumbers.kind("BC"));
        assertEquals(DocumentType.SUBMISSION, DocumentNumbers.kind("ttr"));
        assertEquals(DocumentType.DECISION, DocumentNumbers.kind(Normalizer.normalize("QĐ", Normalizer.Form.NFD)));
        assertEquals(DocumentType.DECISION, DocumentNumbers.kind("qđ"));
        assertEquals(DocumentType.MINUTES, DocumentNumbers.kind("MINUTES"));
        ProblemException e = assertThrows(ProblemException.class, () -> DocumentNumbers.kind("CV"));
        assertEquals(ProblemType.BAD_PARAMETER, e.type());
        assertTrue(e.getMessage().contains("BC, DS, TTr, HD, QĐ, BB"), e.getMessage());
        assertEquals("BC", DocumentNumbers.stored(DocumentType.REPORT));
    }

    @Test
    void theNumberPrintedOnPageOneIsFound() {
        String page = "TỈNH ỦY LÀO CAI\nBAN TỔ CHỨC\nSố 12-BC/BTCTU\nLào Cai, ngày 03 tháng 12 năm 2026\nBÁO CÁO";
        assertEquals(new DocumentNumbers.Printed(12, "BC/BTCTU"), DocumentNumbers.printed(page).orElseThrow());
        assertEquals(new DocumentNumbers.Printed(1, "QĐ/TU"), DocumentNumbers.printed("Số 1 - QĐ/TU").orElseThrow());
        assertEquals(new DocumentNumbers.Printed(3, "TTr/BTCTU"), DocumentNumbers.printed("Số 3-TTr/BTCTU").orElseThrow());
        // the blank of a document not issued is no number
        assertTrue(DocumentNumbers.printed("Số      -BC/BTCTU").isEmpty());
        assertTrue(DocumentNumbers.printed(null).isEmpty());
    }

    @Test
    void fileNameSlugsAreAscii() {
        assertEquals("12-BC-BTCTU", DocumentNumbers.slug("12-BC/BTCTU"));
        assertEquals("1-QD-TU", DocumentNumbers.slug("1-QĐ/TU"));
        assertEquals("3-TTR-DU", DocumentNumbers.slug("3-TTr/ĐU"));
    }
}
