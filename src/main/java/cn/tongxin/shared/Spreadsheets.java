package cn.tongxin.shared;

import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

import cn.idev.excel.FastExcel;
import cn.idev.excel.write.builder.ExcelWriterBuilder;
import cn.idev.excel.write.handler.CellWriteHandler;
import cn.idev.excel.write.handler.context.CellWriteHandlerContext;

/**
 * The one way to write an .xlsx export: FastExcel with text that a spreadsheet could take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) neutralised by a leading apostrophe, so that text typed by users (a
 * title, a name, a comment) is never run as a formula when the file is opened, edited or saved as CSV. Every sheet is
 * laid out for an office ({@link OfficeLayout}): the header row frozen and filterable, columns as wide as their Chinese
 * text, dates as dates ({@code 2026-11-25}, with the time only where a {@link java.time.LocalDateTime} is given).
 */
public final class Spreadsheets {

    /** An export holds at most this many rows (a year of a province's proposals is far fewer). */
    public static final int MAX_ROWS = 20_000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

    private Spreadsheets() {
    }

    /** {@code FastExcel.write(out)} with formula-looking text neutralised in every data cell. */
    public static ExcelWriterBuilder write(OutputStream out) {
        return FastExcel.write(out).registerWriteHandler(new FormulaGuard()).registerWriteHandler(new OfficeLayout());
    }

    /** A one-sheet list export: a header row and the rows, laid out by {@link OfficeLayout}. */
    public static byte[] list(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        var out = new java.io.ByteArrayOutputStream();
        write(out).head(headers.stream().map(List::of).toList()).sheet(sheetName).doWrite(rows);
        return out.toByteArray();
    }

    /** Every row of a paged list, page by page, up to {@link #MAX_ROWS}. */
    public static <T> List<T> allPages(java.util.function.IntFunction<PageResult<T>> page) {
        List<T> all = new java.util.ArrayList<>();
        for (int p = 1; ; p++) {
            PageResult<T> result = page.apply(p);
            all.addAll(result.items());
            if (!result.hasNext() || all.size() >= MAX_ROWS) {
                return all;
            }
        }
    }

    /** The text as it is written: prefixed with an apostrophe when it could be read as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && text.length() > 1 && !NUMBER.matcher(text).matches());
        return risky ? "'" + text : text;
    }

    private static final class FormulaGuard implements CellWriteHandler {

        @Override
        public void afterCellDispose(CellWriteHandlerContext context) {
            Cell cell = context.getCell();
            if (Boolean.TRUE.equals(context.getHead()) || cell == null || cell.getCellType() != CellType.STRING) {
                return;
            }
            String value = cell.getStringCellValue();
            String safe = neutralise(value);
            if (!safe.equals(value)) {
                cell.setCellValue(safe);
            }
        }
    }
}
