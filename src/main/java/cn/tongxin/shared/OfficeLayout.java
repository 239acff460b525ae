package cn.tongxin.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.idev.excel.event.Order;
import cn.idev.excel.write.handler.CellWriteHandler;
import cn.idev.excel.write.handler.WorkbookWriteHandler;
import cn.idev.excel.write.handler.context.CellWriteHandlerContext;
import cn.idev.excel.write.handler.context.WorkbookWriteHandlerContext;

/**
 * How every exported sheet looks when an office opens it: the header row frozen and with filters over the data, each
 * column as wide as its longest text (a Chinese character counts as two), a {@link LocalDate} as a date cell shown
 * {@code 2026-11-25} and a {@link LocalDateTime} as {@code 2026-11-25 09:30} — never an ISO string with seconds.
 * One instance per file (it remembers the widths while rows stream by); runs after FastExcel's own style handlers.
 */
final class OfficeLayout implements CellWriteHandler, WorkbookWriteHandler, Order {

    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final Map<Sheet, Extent> sheets = new LinkedHashMap<>();
    private final Map<String, CellStyle> styles = new HashMap<>();

    private static final class Extent {
        final List<Integer> widths = new ArrayList<>();
        int lastRow;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void afterCellDispose(CellWriteHandlerContext context) {
        Cell cell = context.getCell();
        if (cell == null) {
            return;
        }
        Object value = context.getOriginalValue();
        int width;
        if (!Boolean.TRUE.equals(context.getHead()) && value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(style(cell.getSheet().getWorkbook(), DATE_TIME));
            width = 16;
        } else if (!Boolean.TRUE.equals(context.getHead()) && value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(style(cell.getSheet().getWorkbook(), DATE));
            width = 10;
        } else {
            width = display(text(cell, value));
        }
        Extent extent = sheets.computeIfAbsent(cell.getSheet(), s -> new Extent());
        int column = cell.getColumnIndex();
        while (extent.widths.size() <= column) {
            extent.widths.add(0);
        }
        extent.widths.set(column, Math.max(extent.widths.get(column), width));
        extent.lastRow = Math.max(extent.lastRow, cell.getRowIndex());
    }

    /** Before the file is written out: freeze, filter and size each sheet. */
    @Override
    public void afterWorkbookDispose(WorkbookWriteHandlerContext context) {
        sheets.forEach((sheet, extent) -> {
            if (extent.widths.isEmpty()) {
                return;
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, extent.lastRow, 0, extent.widths.size() - 1));
            for (int c = 0; c < extent.widths.size(); c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, extent.widths.get(c) + 2)) * 256);
            }
        });
    }

    private CellStyle style(Workbook workbook, String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    private static String text(Cell cell, Object value) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC, FORMULA, BOOLEAN, ERROR, BLANK, _NONE -> value == null ? "" : value instanceof TemporalAccessor
                    ? "0000-00-00" : String.valueOf(value);
        };
    }

    /** Columns a text needs: a CJK character (or full-width sign) is two, others one; the longest line counts. */
    static int display(String text) {
        int longest = 0;
        for (String line : text.split("\\R")) {
            longest = Math.max(longest, line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum());
        }
        return longest;
    }
}
