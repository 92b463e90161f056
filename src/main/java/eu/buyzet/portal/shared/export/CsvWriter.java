package eu.buyzet.portal.shared.export;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The portal's one CSV writer: UTF-8 with a byte-order mark (so that Excel reads Norwegian
 * letters), RFC 4180 quoting, and every text cell that a spreadsheet would read as a formula
 * neutralised. Exports carry text that outsiders typed (display names, failed sign-in names,
 * titles), and a cell such as {@code =HYPERLINK(...)} must open as text, never run (OWASP's
 * "CSV injection" advice: prefix a single quote). Numbers given as numbers are written as they are,
 * so a negative figure stays a number.
 */
public final class CsvWriter implements Flushable, Closeable {

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a CSV on {@code out} with this header row. The caller closes {@code out}. */
    public static CsvWriter open(OutputStream out, String... header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(Arrays.stream(header).map(CsvWriter::cell).toList());
            return new CsvWriter(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvWriter open(OutputStream out, List<String> header) {
        return open(out, header.toArray(String[]::new));
    }

    /** One row; {@code null} becomes an empty cell. */
    public void row(@Nullable Object... values) {
        row(Arrays.asList(values));
    }

    public void row(List<?> values) {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(cell(v));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes; the underlying stream stays open for the caller, who owns it. */
    @Override
    public void close() {
        flush();
    }

    /**
     * A cell as written: numbers as they are; text starting with {@code = + - @}, a tab or a
     * carriage return gets a leading single quote, so spreadsheets show it and run nothing.
     */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        return neutralise(value.toString());
    }

    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
    }
}
