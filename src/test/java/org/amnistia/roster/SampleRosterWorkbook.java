package org.amnistia.roster;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the workbook twin of the sample NGO roster, as a spreadsheet program would have saved it:
 * {@code cases/nominas/ong-lista.csv} → {@code cases/nominas/ong-lista.xlsx}, sheet «Presos», the
 * same rows on the same row numbers, the day-first dates of the date columns as real date cells
 * shown {@code dd/mm/aaaa}, the numbers as numbers, everything else as text.
 * A blank line of the CSV is an empty row, as a spreadsheet program opens it. {@code SampleRosterTest}
 * checks that the committed workbook still matches the CSV, and says how to make it again.
 */
public final class SampleRosterWorkbook {

    static final Path CSV = Path.of("cases/nominas/ong-lista.csv");
    static final Path XLSX = Path.of("cases/nominas/ong-lista.xlsx");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9]\\d{0,6}");

    private SampleRosterWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        write(CSV, XLSX);
    }

    static void write(Path csv, Path xlsx) throws IOException {
        try (CsvCellRows rows = new CsvCellRows(new CountingInputStream(new BufferedInputStream(Files.newInputStream(csv))), -1);
             XSSFWorkbook book = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("Presos");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> header = null;
            int records = 0;
            while (rows.next() == CellRows.Found.ROW) {
                Row row = sheet.createRow(records++ + (int) rows.blankRows());
                List<String> cells = rows.cells();
                for (int i = 0; i < cells.size(); i++) {
                    String text = cells.get(i);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    Matcher day = DAY_FIRST.matcher(text);
                    if (header == null) {
                        cell.setCellValue(text);
                        cell.setCellStyle(bold);
                    } else if (header.get(i).startsWith("Fecha") && day.matches() && isDay(day)) {
                        cell.setCellValue(LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
                                Integer.parseInt(day.group(1))));
                        cell.setCellStyle(date);
                    } else if (WHOLE_NUMBER.matcher(text).matches()) {
                        cell.setCellValue(Integer.parseInt(text));
                    } else {
                        cell.setCellValue(text);
                        if (text.contains("\n")) {
                            cell.setCellStyle(wrap);
                        }
                    }
                }
                if (header == null) {
                    header = List.copyOf(cells);
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
        }
    }

    /** Whether day/month/year is a real day: an impossible one stays text, as a spreadsheet keeps it. */
    private static boolean isDay(Matcher day) {
        try {
            LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
