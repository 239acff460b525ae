package cn.tongxin.shared;

import java.io.OutputStream;
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
 * title, a name, a comment) is never run as a formula when the file is opened, edited or saved as CSV.
 */
public final class Spreadsheets {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

    private Spreadsheets() {
    }

    /** {@code FastExcel.write(out)} with formula-looking text neutralised in every data cell. */
    public static ExcelWriterBuilder write(OutputStream out) {
        return FastExcel.write(out).registerWriteHandler(new FormulaGuard());
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
