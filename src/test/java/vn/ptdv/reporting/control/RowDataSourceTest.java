package vn.ptdv.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

class RowDataSourceTest {

    record Unit(String name, int admitted) {
    }

    public static class Bean {
        public String getName() {
            return "Chi bộ Bản Xèo";
        }
    }

    static JRDesignField field(String name) {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        return f;
    }

    @Test
    void readsRecordsBeansAndMapsAndNormalisesText() throws JRException {
        String nfd = Normalizer.normalize("Đảng bộ xã Nậm Mả", Normalizer.Form.NFD);
        RowDataSource ds = new RowDataSource(List.of(new Unit(nfd, 12), new Bean(), Map.of("name", "Bắc Hà")));
        assertTrue(ds.next());
        assertEquals("Đảng bộ xã Nậm Mả", ds.getFieldValue(field("name")));
        assertEquals(12, ds.getFieldValue(field("admitted")));
        assertTrue(ds.next());
        assertEquals("Chi bộ Bản Xèo", ds.getFieldValue(field("name")));
        assertTrue(ds.next());
        assertEquals("Bắc Hà", ds.getFieldValue(field("name")));
        assertFalse(ds.next());
        ds.moveFirst();
        assertTrue(ds.next());
    }

    @Test
    void unknownPropertyIsAnError() throws JRException {
        RowDataSource ds = new RowDataSource(List.of(new Unit("x", 1)));
        ds.next();
        assertThrows(JRException.class, () -> ds.getFieldValue(field("missing")));
    }
}
