package org.amnistia.roster;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook's sheet ({@code .xlsx}) read as a stream: the package's shared strings and styles are
 * read once (POI's {@link XSSFReader}), then the sheet's XML is pulled row by row (StAX), so memory
 * stays flat however many rows the sheet has. A cell formatted as a date becomes its day in
 * {@code AAAA-MM-DD} (never the display text, which may be {@code 7/30/24}); a number is written
 * plainly ({@code 1234}, {@code 8.5}); a formula gives its cached value; a boolean {@code true} or
 * {@code false}. Rows are numbered as the sheet numbers them.
 */
final class XlsxCellRows implements CellRows {

    static {
        PoiLogging.quiet();
    }

    private static final String NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final CountingInputStream sheetBytes;
    private final long sheetSize;
    private final String sheetName;
    private final XMLStreamReader xml;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final ArrayList<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private long row;
    private long blank;
    private long lastRow;

    private XlsxCellRows(OPCPackage pkg, String name, String sheet) throws IOException {
        this.pkg = pkg;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
            this.date1904 = date1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            InputStream chosen = null;
            long size = -1;
            String chosenName = null;
            while (sheets.hasNext()) {
                InputStream in = sheets.next();
                String sheetName = sheets.getSheetName();
                names.add(sheetName);
                if (chosen == null && (sheet == null || sheet.strip().equalsIgnoreCase(sheetName.strip()))) {
                    chosen = in;
                    chosenName = sheetName;
                    size = sheets.getSheetPart().getSize();
                } else {
                    in.close();
                }
            }
            if (chosen == null) {
                throw new RosterFileException(name, null, sheet == null ? "el libro no tiene hojas"
                        : "el libro no tiene la hoja «" + sheet + "» (tiene: " + String.join(", ", names) + ")",
                        sheet == null ? "the workbook has no sheets"
                        : "the workbook has no sheet «" + sheet + "» (it has: " + String.join(", ", names) + ")");
            }
            this.sheetBytes = new CountingInputStream(chosen);
            this.sheetSize = size;
            this.sheetName = chosenName;
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetBytes);
        } catch (OpenXML4JException | SAXException | XMLStreamException e) {
            throw new RosterFileException(name, null, "no se puede leer el libro .xlsx (" + e.getClass().getSimpleName() + ")",
                    "the .xlsx workbook cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Opens {@code file}'s sheet {@code sheet} (the first when {@code null}) for reading only. */
    static XlsxCellRows open(File file, String name, String sheet) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw notAWorkbook(name);
        }
        return opened(pkg, name, sheet);
    }

    /** Reads a workbook held in a stream (e.g. an upload), closed with the rows. */
    static XlsxCellRows open(InputStream in, String name, String sheet) throws IOException {
        OPCPackage pkg;
        try (in) {
            pkg = OPCPackage.open(in);
        } catch (InvalidFormatException | RuntimeException e) {
            throw notAWorkbook(name);
        }
        return opened(pkg, name, sheet);
    }

    private static XlsxCellRows opened(OPCPackage pkg, String name, String sheet) throws IOException {
        try {
            return new XlsxCellRows(pkg, name, sheet);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static RosterFileException notAWorkbook(String name) {
        return new RosterFileException(name, null, "no es un libro .xlsx (un .xls antiguo se guarda antes como .xlsx o .csv)",
                "not an .xlsx workbook (save an old .xls as .xlsx or .csv first)");
    }

    /** Whether the workbook counts days from 1904 (old Mac workbooks) instead of 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader wb = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            while (wb.hasNext()) {
                if (wb.next() == XMLStreamConstants.START_ELEMENT) {
                    if (wb.getLocalName().equals("workbookPr")) {
                        String v = wb.getAttributeValue(null, "date1904");
                        return "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                    if (wb.getLocalName().equals("sheets")) {
                        return false; // workbookPr comes before the sheets, or not at all
                    }
                }
            }
            return false;
        }
    }

    @Override
    public Found next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    readRow();
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        return Found.ROW;
                    }
                    blank++;
                }
            }
            return Found.END;
        } catch (XMLStreamException e) {
            throw new IOException("the sheet's XML cannot be read at row " + (lastRow + 1), e);
        }
    }

    /** Reads one {@code <row>} (positioned on its start) into {@link #cells}, by each cell's column. */
    private void readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        row = r != null ? Long.parseLong(r) : lastRow + 1;
        lastRow = row;
        cells.clear();
        int next = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref != null ? column(ref) : next;
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String value = cellValue(type, style == null ? 0 : Integer.parseInt(style));
                while (cells.size() < column) {
                    cells.add("");
                }
                if (cells.size() == column) {
                    cells.add(value);
                } else {
                    cells.set(column, value);
                }
                next = column + 1;
            }
        }
    }

    /** The text of one {@code <c>} (positioned on its start), reading to its end. */
    private String cellValue(String type, int style) throws XMLStreamException {
        String raw = null;
        text.setLength(0);
        boolean inline = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("v")) {
                    raw = xml.getElementText();
                } else if (element.equals("is")) {
                    inline = true;
                } else if (inline && element.equals("t") && NS_MAIN.equals(xml.getNamespaceURI())) {
                    text.append(xml.getElementText());
                } else if (inline && element.equals("rPh")) {
                    skip("rPh"); // phonetic runs are not the cell's text
                }
            }
        }
        if (type == null || type.equals("n")) {
            return raw == null ? "" : number(raw, style);
        }
        return switch (type) {
            case "s" -> raw == null ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "inlineStr" -> text.toString();
            case "b" -> "1".equals(raw) ? "true" : "false";
            case "d" -> raw == null ? "" : raw.length() >= 10 ? raw.substring(0, 10) : raw;
            default -> raw == null ? "" : raw; // "str" (a formula's text), "e" (an error such as #N/A)
        };
    }

    private void skip(String element) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                return;
            }
        }
    }

    /** A number as written plainly, or the day it stands for when its cell is formatted as a date. */
    private String number(String raw, int style) {
        String plain = raw.strip();
        try {
            double value = Double.parseDouble(plain);
            if (isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return new BigDecimal(plain).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    private boolean isDateStyle(int style) {
        return dateStyles.computeIfAbsent(style, s -> {
            if (styles == null || s >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(s);
            short format = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString();
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(format);
            }
            return pattern != null && DateUtil.isADateFormat(format, pattern);
        });
    }

    /** {@code "C7"} → 2. */
    private static int column(String reference) {
        int n = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    /** The name of the sheet read. */
    String sheetName() {
        return sheetName;
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public List<String> cells() {
        return cells;
    }

    @Override
    public String badEs() {
        return null;
    }

    @Override
    public String badEn() {
        return null;
    }

    @Override
    public long blankRows() {
        return blank;
    }

    @Override
    public String cellName(int index) {
        return index < 0 ? null : SheetWords.columnLetters(index) + row;
    }

    @Override
    public long bytesRead() {
        return sheetBytes.count();
    }

    @Override
    public long totalBytes() {
        return sheetSize;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            sheetBytes.close();
            pkg.revert();
        }
    }
}
