package vn.ptdv.platform.imports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file with POI's event API (SAX over the sheet XML, shared strings read-only): rows
 * arrive one at a time, the workbook is never built in memory. Date cells come as ISO dates (yyyy-MM-dd), whole numbers
 * without decimals or grouping, whatever the cell's display format.
 */
public final class XlsxReader {

    /** Largest uncompressed part of a package: far above any real sheet, far below what would fill the disk. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        // POI refuses parts that inflate more than 100× (its zip-bomb check); parts above this size as well
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxReader() {
    }

    /** Reads every row of the first sheet into the sink. */
    public static void read(File file, RowSink sink) {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFailure("Tệp XLSX không có trang tính nào.", false);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new Handler(sink),
                        new IsoDataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // the file is on our own disk: a read failure is a broken package or a zip bomb (POI's "Zip bomb detected!")
            if (e instanceof ImportFailure f) {
                throw f;
            }
            throw new ImportFailure("Không đọc được tệp XLSX (tệp hỏng, giải nén ra quá lớn, hoặc không phải bảng tính Excel).", false);
        }
    }

    /** The number of the last row as the first sheet declares it ({@code <dimension ref="A1:P5001"/>}), or -1. */
    public static int declaredLastRow(File file) {
        try (OPCPackage pkg = open(file)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            if (!sheets.hasNext()) {
                return -1;
            }
            try (InputStream sheet = sheets.next()) {
                XMLInputFactory factory = XMLInputFactory.newFactory();
                factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                XMLStreamReader xml = factory.createXMLStreamReader(sheet);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("dimension")) {
                            String ref = xml.getAttributeValue(null, "ref");
                            String last = ref == null ? "" : ref.substring(ref.indexOf(':') + 1);
                            return last.isEmpty() ? -1 : new CellReference(last).getRow() + 1;
                        }
                        if (name.equals("sheetData")) {
                            return -1;
                        }
                    }
                }
            }
            return -1;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            return -1;
        }
    }

    private static OPCPackage open(File file) throws InvalidFormatException {
        try {
            return OPCPackage.open(file, PackageAccess.READ);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ImportFailure("Tệp gửi lên không phải bảng tính XLSX.", true);
        }
    }

    /** Collects the cells of a row (missing cells become empty texts) and hands the row over at its end. */
    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();

        Handler(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1, new ArrayList<>(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column > 500 || column < cells.size()) {
                // beyond any sensible sheet, or a second value of the same cell (POI, rewriting an inline string as a
                // shared one, leaves both: the first is the cell's type's own)
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (value != null && value.length() > CsvReader.MAX_CELL_CHARS) {
                throw new ImportFailure("Bảng tính có ô dài quá " + CsvReader.MAX_CELL_CHARS + " ký tự.", false);
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as ISO dates, numbers as plain numbers: what the parsers of {@link RowValues} read. */
    static final class IsoDataFormatter extends DataFormatter {
        IsoDataFormatter() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return plain(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        static String plain(double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
