package org.amnistia.roster;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The NGO's own rows given back as a workbook ({@code batch -o veredictos.xlsx}) with the verdict
 * columns added ({@link VerdictColumns}): the header frozen, an autofilter over every column, the
 * added cells of each row in one colour per verdict (green, red, amber; grey for a rejected row), and
 * a second sheet «resumen» with the counts and what each colour means. Written with POI's streaming
 * SXSSF writer, which keeps only a window of rows in memory. A day written {@code AAAA-MM-DD} becomes
 * a date cell, a plain number a number; everything else stays text (never a formula).
 */
public final class AnnotatedXlsxWriter implements RosterRun.Sink<Verdict>, AutoCloseable {

    static {
        PoiLogging.quiet();
    }

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 200;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final int width;
    private final int lastColumn;
    private final VerdictColumns added;
    private final CellStyle dateStyle;
    /** The NGO's own cells' style, set on each: a cell without one makes SXSSF look up its column's. */
    private final CellStyle plainStyle;
    private final Map<Decision, CellStyle> verdictStyles = new EnumMap<>(Decision.class);
    private final CellStyle rejectedStyle;
    private RosterSummary summary;
    private int next = 1;

    /** Writes to {@code out} (closed with the writer) the roster's {@code header} and the added columns; a JSONL roster's header is {@code id}. */
    public AnnotatedXlsxWriter(OutputStream out, List<String> header, ConductDateNote note) {
        this.out = out;
        this.added = new VerdictColumns(note);
        this.width = header.size();
        sheet = book.createSheet("veredictos");
        List<String> addedHeaders = added.headers();
        lastColumn = width + addedHeaders.size() - 1;
        plainStyle = book.createCellStyle();
        dateStyle = book.createCellStyle();
        dateStyle.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        verdictStyles.put(Decision.ELIGIBLE, fill("C6EFCE"));
        verdictStyles.put(Decision.NOT_ELIGIBLE, fill("FFC7CE"));
        verdictStyles.put(Decision.UNDETERMINED, fill("FFEB9C"));
        rejectedStyle = fill("D9D9D9");
        CellStyle headerStyle = fill("DDEBF7");
        Font bold = book.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row top = sheet.createRow(0);
        for (int i = 0; i <= lastColumn; i++) {
            Cell cell = top.createCell(i);
            cell.setCellValue(i < width ? header.get(i) : addedHeaders.get(i - width));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        int[] addedWidths = {14, 16, 10, 24, 70, 70, 60, 60};
        for (int i = 0; i < addedHeaders.size(); i++) {
            sheet.setColumnWidth(width + i, addedWidths[i] * 256);
        }
    }

    private CellStyle fill(String rgb) {
        XSSFCellStyle style = (XSSFCellStyle) book.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    @Override
    public boolean writesEveryRow() {
        return true;
    }

    @Override
    public void write(List<Verdict> results, byte[] encoded, RosterSummary summary) {
        throw new IllegalStateException("the annotated sheet writes every row: writeRows");
    }

    @Override
    public void writeRows(List<RosterRow> rows, List<Verdict> results, byte[] encoded, RosterSummary summary)
            throws IOException {
        this.summary = summary;
        if (next + rows.size() > MAX_ROWS) {
            throw new IOException("una hoja .xlsx admite a lo sumo " + MAX_ROWS + " filas: escriba la nómina anotada en CSV "
                    + "(-o veredictos.csv --keep-columns) | an .xlsx sheet holds at most " + MAX_ROWS
                    + " rows: write the annotated roster as CSV (-o verdicts.csv --keep-columns)");
        }
        Iterator<Verdict> verdicts = results.iterator();
        for (RosterRow r : rows) {
            Verdict v = r.isReject() ? null : verdicts.next();
            Row row = sheet.createRow(next++);
            List<String> own = ownCells(r);
            for (int i = 0; i < width && own != null && i < own.size(); i++) {
                own(row, i, own.get(i));
            }
            List<String> more = added.cells(v, r.reject(), v != null && ConductDateNote.hasConductDate(r.caseFile()));
            CellStyle style = v == null ? rejectedStyle : verdictStyles.get(v.verdict());
            for (int i = 0; i < more.size(); i++) {
                Cell cell = row.createCell(width + i);
                cell.setCellValue(more.get(i));
                cell.setCellStyle(style);
            }
        }
        summary.addVerdicts(results);
    }

    /** A row's own cells; a JSONL roster's row is its id. */
    static List<String> ownCells(RosterRow r) {
        return r.cells() != null ? r.cells() : List.of(r.isReject() ? r.reject().id() : r.caseFile().id());
    }

    /** One of the NGO's own cells: a day as a date, a plain number as a number, anything else as text. */
    private void own(Row row, int column, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        if (DAY.matcher(text).matches()) {
            try {
                cell.setCellValue(LocalDate.parse(text));
                cell.setCellStyle(dateStyle);
                return;
            } catch (DateTimeParseException e) {
                // not a real day: kept as the text it is
            }
        }
        cell.setCellStyle(plainStyle);
        if (NUMBER.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
            return;
        }
        cell.setCellValue(text);
    }

    @Override
    public void flush() {
        // the workbook is written whole when it is closed
    }

    /** Adds the autofilter and the «resumen» sheet, writes the workbook and deletes its temporary files. */
    @Override
    public void close() throws IOException {
        try (out) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, lastColumn));
            summarySheet();
            book.write(out);
        } finally {
            book.close();
        }
    }

    /** The «resumen» sheet: the counts, and what each verdict's colour means with how many rows have it. */
    private void summarySheet() {
        SXSSFSheet s = book.createSheet("resumen");
        long rows = summary == null ? 0 : summary.rows();
        long verdicts = summary == null ? 0 : summary.verdicts();
        long rejects = summary == null ? 0 : summary.rejects();
        int r = 0;
        r = line(s, r, "filas / rows", rows, null, null);
        r = line(s, r, "veredictos / verdicts", verdicts, null, null);
        r = line(s, r, "rechazadas / rejected", rejects, null, null) + 1;
        for (Decision d : Decision.values()) {
            long n = summary == null ? 0 : summary.byVerdict().get(d);
            r = line(s, r, d.name(), n, verdictStyles.get(d), LEGEND.get(d));
        }
        line(s, r, VerdictColumns.REJECTED, rejects, rejectedStyle, "fila rechazada: ver «motivo» / rejected row: see «reason»");
        s.setColumnWidth(0, 24 * 256);
        s.setColumnWidth(2, 80 * 256);
    }

    private static final Map<Decision, String> LEGEND = Map.of(
            Decision.ELIGIBLE, "amparado por la amnistía / eligible",
            Decision.NOT_ELIGIBLE, "no amparado / not eligible",
            Decision.UNDETERMINED, "indeterminado: ver «falta saber» / undetermined: facts missing");

    /** One line of the summary sheet; the next line's number. */
    private static int line(SXSSFSheet s, int r, String label, long count, CellStyle style, String meaning) {
        Row row = s.createRow(r);
        Cell first = row.createCell(0);
        first.setCellValue(label);
        if (style != null) {
            first.setCellStyle(style);
        }
        row.createCell(1).setCellValue(count);
        if (meaning != null) {
            row.createCell(2).setCellValue(meaning);
        }
        return r + 1;
    }
}
