package vn.ptdv.reporting.control;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.base.JRBaseLineBox;
import net.sf.jasperreports.engine.base.JRBaseParagraph;
import net.sf.jasperreports.engine.base.JRBaseTextElement;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Align;
import vn.ptdv.reporting.api.Table.Column;

/**
 * The table subreport laid out for a table's columns. JasperReports places elements at fixed positions, and templates
 * are compiled at build time only; so every distinct layout (widths, alignments, the label column, the font size) gets
 * its own copy of the compiled {@code reporting/document-table}, loaded afresh from the WAR, whose twelve cell slots
 * are moved and sized before it is first used. Copies are cached: reports have a handful of layouts.
 */
final class TableLayouts {

    /** The table spans the text width of the page: A4 (595 pt) minus the 85 pt and 43 pt margins. */
    static final int WIDTH = 467;
    /** Indent of a sub-item's label (a row "- Trung học phổ thông" under "Trình độ giáo dục phổ thông"). */
    static final int INDENT = 14;

    private final Supplier<JasperReport> template;
    private final Map<Layout, JasperReport> layouts = new ConcurrentHashMap<>();

    /** @param template a fresh, unshared copy of the compiled table template on each call */
    TableLayouts(Supplier<JasperReport> template) {
        this.template = template;
    }

    /** What distinguishes two layouts. */
    record Layout(List<Integer> widths, List<Align> aligns, List<Column.Type> types, float fontSize) {

        static Layout of(Table table) {
            return new Layout(Arrays.stream(table.widths(WIDTH)).boxed().toList(),
                    table.columns().stream().map(Column::align).toList(),
                    table.columns().stream().map(Column::type).toList(), table.fontSize());
        }

        /** The label column of indented rows: the first left-aligned text column, else the first. */
        int label() {
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) == Column.Type.TEXT && aligns.get(i) == Align.LEFT) {
                    return i;
                }
            }
            return 0;
        }
    }

    JasperReport of(Table table) {
        return layouts.computeIfAbsent(Layout.of(table), this::laidOut);
    }

    private JasperReport laidOut(Layout layout) {
        JasperReport report = template.get();
        List<JRElement> elements = new ArrayList<>();
        collect(report.getColumnHeader().getElements(), elements);
        for (JRBand band : report.getDetailSection().getBands()) {
            collect(band.getElements(), elements);
        }
        int[] x = new int[layout.widths().size()];
        for (int i = 1; i < x.length; i++) {
            x[i] = x[i - 1] + layout.widths().get(i - 1);
        }
        // rows at least 20 pt high (16 pt for the 9 pt cells of long lists), 3 pt side padding from 12 pt: the
        // measures the tables always had; a cell with more lines stretches its row
        int height = layout.fontSize() > 9 ? 20 : 16;
        int side = layout.fontSize() >= 12 ? 3 : 2;
        resize(report.getColumnHeader(), "height", height * Table.MAX_HEADER_ROWS);
        for (JRBand band : report.getDetailSection().getBands()) {
            resize(band, "height", height);
        }
        for (JRElement e : elements) {
            String key = e.getKey();
            if (key != null && e instanceof JRFrame) {
                resize(e, "y", height * Integer.parseInt(key.substring(1))); // header row frames "h0", "h1", "h2"
            }
            if (key != null) {
                resize(e, "height", height);
            }
            if (key == null || !(e instanceof JRBaseTextElement text)) {
                continue;
            }
            text.setFontSize(layout.fontSize());
            JRBaseLineBox box = (JRBaseLineBox) text.getLineBox();
            box.setLeftPadding(side);
            box.setRightPadding(side);
            if (key.startsWith("span.")) {
                continue;
            }
            String prefix = key.substring(0, key.indexOf('.'));
            int i = Integer.parseInt(key.substring(key.indexOf('.') + 1));
            if (i >= x.length) {
                continue; // never printed: $P{COLUMNS} <= i
            }
            e.setX(x[i]);
            e.setWidth(layout.widths().get(i));
            Align align = layout.aligns().get(i);
            if (prefix.startsWith("h")) {
                align = Align.CENTER;
            } else if (prefix.equals("t") && layout.types().get(i) == Column.Type.TEXT) {
                align = Align.CENTER; // "Tổng cộng"
            }
            text.setHorizontalTextAlign(switch (align) {
                case LEFT -> HorizontalTextAlignEnum.LEFT;
                case CENTER -> HorizontalTextAlignEnum.CENTER;
                case RIGHT -> HorizontalTextAlignEnum.RIGHT;
            });
            if (prefix.equals("i") && i == layout.label()) {
                ((JRBaseParagraph) text.getParagraph()).setLeftIndent(INDENT);
            }
        }
        return report;
    }

    /**
     * Sets a position or size that the compiled classes offer no setter for (JRBaseElement has setX and setWidth,
     * not setY or setHeight; JRBaseBand no setHeight): the field of the design that the fill reads.
     */
    private static void resize(Object target, String field, int value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.setInt(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot set " + field + " of " + c.getName(), e);
            }
        }
        throw new IllegalStateException("No field " + field + " in " + target.getClass().getName());
    }

    private static void collect(JRElement[] elements, List<JRElement> into) {
        for (JRElement e : elements) {
            into.add(e);
            if (e instanceof JRFrame frame) {
                collect(frame.getElements(), into);
            }
        }
    }
}
