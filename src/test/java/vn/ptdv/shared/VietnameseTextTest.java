package vn.ptdv.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void nfcComposesDecomposedText() {
        String nfd = Normalizer.normalize("Đảng bộ xã Nậm Mả", Normalizer.Form.NFD);
        assertTrue(nfd.length() > "Đảng bộ xã Nậm Mả".length());
        assertEquals("Đảng bộ xã Nậm Mả", VietnameseText.nfc(nfd));
        assertNull(VietnameseText.nfc(null));
    }

    @Test
    void cleanTrimsAndCollapsesSpaces() {
        assertEquals("Cư Seo Mười", VietnameseText.clean("  Cư   Seo\tMười "));
        assertNull(VietnameseText.clean("   "));
    }

    @Test
    void foldRemovesMarksAndMapsDToD() {
        assertEquals("dang bo xa nam ma", VietnameseText.fold("Đảng bộ xã Nậm Mả"));
        assertEquals(VietnameseText.fold("Nậm Mả"), VietnameseText.fold(Normalizer.normalize("NẬM MẢ", Normalizer.Form.NFD)));
    }

    @Test
    void collatorSortsTheVietnameseWay() {
        List<String> names = new ArrayList<>(List.of("Đỗ", "Dương", "Ân", "Anh", "Ăn", "Bình"));
        names.sort(VietnameseText.collator());
        // a < ă < â < b < d < đ
        assertEquals(List.of("Anh", "Ăn", "Ân", "Bình", "Dương", "Đỗ"), names);
    }
}
