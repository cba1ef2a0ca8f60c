package org.amnistia.roster;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A sheet read as rows of text cells, one row at a time: a CSV file's records or a workbook
 * sheet's rows. Rows with no text are skipped and counted. Not thread-safe.
 */
interface CellRows extends Closeable {

    /** What {@link #next} found. */
    enum Found { END, ROW, BAD }

    /** Reads the next row that has text: its cells ({@link #cells}) or, for a malformed one, why ({@link #badEs}). */
    Found next() throws IOException;

    /** The number a person finds the row by: a CSV record's first physical line, a sheet's row number. */
    long row();

    /** The cells of the row just read (valid until the next call). */
    List<String> cells();

    String badEs();

    String badEn();

    /** The field a malformed row's reject names: {@code csv} for its structure, {@code encoding} for a byte that cannot be read. */
    default String badField() {
        return "csv";
    }

    /** Rows skipped for having no text. */
    long blankRows();

    /** How a message names a cell of the row just read ({@code celda D7} in a workbook), or {@code null} when the row number is enough. */
    String cellName(int index);

    long bytesRead();

    long totalBytes();
}
