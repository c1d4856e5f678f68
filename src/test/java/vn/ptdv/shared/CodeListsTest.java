package vn.ptdv.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    @Test
    void ethnicityListHas54GroupsOfThe2008System() {
        assertEquals(54, Ethnicities.all().size());
        assertEquals("Kinh (Việt)", Ethnicities.name("01").orElseThrow());
        assertEquals("Mông (H'mông)", Ethnicities.name("08").orElseThrow());
        assertEquals("Mường", Ethnicities.name("04").orElseThrow());
        assertFalse(Ethnicities.isMinority("01"));
        assertTrue(Ethnicities.isMinority("08"));
    }

    @Test
    void ethnicityFoundByCodeOrNameWithoutDiacritics() {
        assertEquals(Optional.of("08"), Ethnicities.find("8"));
        assertEquals(Optional.of("08"), Ethnicities.find("Mông"));
        assertEquals(Optional.of("01"), Ethnicities.find("kinh"));
        assertEquals(Optional.of("38"), Ethnicities.find("phu la"));
        assertEquals(Optional.empty(), Ethnicities.find("99"));
        assertEquals(Optional.empty(), Ethnicities.find("Không có"));
    }

    @Test
    void religionsNormaliseCodesNamesAndNone() {
        assertNull(Religions.normalise(null));
        assertNull(Religions.normalise("Không"));
        assertNull(Religions.normalise("  khong "));
        assertEquals("Tin Lành", Religions.normalise("08"));
        assertEquals("Tin Lành", Religions.normalise("tin lanh"));
        assertEquals("Công giáo", Religions.normalise("Công giáo"));
        assertEquals("Đạo Mẫu", Religions.normalise(" Đạo  Mẫu "));
    }
}
