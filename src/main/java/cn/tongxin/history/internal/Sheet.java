package cn.tongxin.history.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.tongxin.shared.BusinessException;

/** The rows of an uploaded history file (first sheet, one header row), each with its row number as Excel shows it. */
public record Sheet(Map<SheetColumn, Integer> columns, List<String> missingColumns, List<Row> rows) {

    static final int MAX_ROWS = 5_000;

    public record Row(int number, Map<Integer, String> cells) {
        boolean isBlank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    String get(Row row, SheetColumn column) {
        Integer index = columns.get(column);
        String value = index == null ? null : row.cells().get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Sheet read(InputStream raw, List<? extends SheetColumn> wanted) {
        var in = new BufferedInputStream(raw);
        if (!isZip(in)) {
            throw BusinessException.invalid("文件无法读取，请上传 .xlsx 格式的文件（可先下载模板）");
        }
        var listener = new Listener();
        try {
            FastExcel.read(in, listener).sheet(0).headRowNumber(1).doRead();
        } catch (TooManyRows e) {
            throw BusinessException.invalid("文件超过" + MAX_ROWS + "行，请分批导入");
        } catch (RuntimeException e) {
            throw BusinessException.invalid("文件无法读取，请上传 .xlsx 格式的文件（可先下载模板）");
        }
        Map<SheetColumn, Integer> columns = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (SheetColumn column : wanted) {
            Integer index = listener.headers.get(column.header());
            if (index != null) {
                columns.put(column, index);
            } else if (column.required()) {
                missing.add(column.header());
            }
        }
        return new Sheet(columns, missing, listener.rows);
    }

    /** An .xlsx file is a zip archive: it starts with "PK\u0003\u0004". */
    private static boolean isZip(BufferedInputStream in) {
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static final class TooManyRows extends RuntimeException {
    }

    private static final class Listener extends AnalysisEventListener<Map<Integer, String>> {
        final Map<String, Integer> headers = new HashMap<>();
        final List<Row> rows = new ArrayList<>();

        @Override
        public void invokeHeadMap(Map<Integer, String> headMap, AnalysisContext context) {
            headMap.forEach((index, text) -> {
                if (text != null) {
                    headers.putIfAbsent(text.replace("*", "").strip(), index);
                }
            });
        }

        @Override
        public void invoke(Map<Integer, String> data, AnalysisContext context) {
            if (rows.size() >= MAX_ROWS) {
                throw new TooManyRows();
            }
            var row = new Row(context.readRowHolder().getRowIndex() + 1, data);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // all rows are collected; checking happens afterwards, all at once
        }
    }
}
