package cn.tongxin.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;

/**
 * The cells of an uploaded .xlsx file for an import (the roster, history): the first sheet, one header row (a
 * trailing "*" marking a required column is ignored), then the rows that are not blank, each with its row number as
 * Excel shows it. Every import reads its file through here; what the columns mean is the importer's.
 */
public record XlsxRows(Map<String, Integer> headers, List<Row> rows) {

    public record Row(int number, Map<Integer, String> cells) {

        /** The stripped text of the cell in that column, or null when the column is absent or the cell blank. */
        public String cell(Integer index) {
            String value = index == null ? null : cells.get(index);
            return value == null || value.isBlank() ? null : value.strip();
        }

        boolean isBlank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /**
     * Reads the file; {@code what} names it in the messages (e.g. "委员名册"), {@code hint} says where a good file
     * comes from. More than {@code maxRows} rows, or a file that is not .xlsx: 422 with a Chinese message.
     */
    public static XlsxRows read(InputStream raw, int maxRows, String what, String hint) {
        var in = new BufferedInputStream(raw);
        String unreadable = "文件无法读取，请上传 .xlsx 格式的" + what + "（" + hint + "）";
        if (!isZip(in)) {
            throw BusinessException.invalid(unreadable);
        }
        var listener = new Listener(maxRows);
        try {
            FastExcel.read(in, listener).sheet(0).headRowNumber(1).doRead();
        } catch (TooManyRows e) {
            throw BusinessException.invalid(what + "超过" + maxRows + "行，请分批导入");
        } catch (RuntimeException e) {
            throw BusinessException.invalid(unreadable);
        }
        return new XlsxRows(listener.headers, listener.rows);
    }

    /**
     * The column index of each wanted column found by its header; the headers of required ones not found go to
     * {@code missing}.
     */
    public <C> Map<C, Integer> columns(Iterable<C> wanted, Function<C, String> header, Predicate<C> required, List<String> missing) {
        Map<C, Integer> columns = new HashMap<>();
        for (C column : wanted) {
            Integer index = headers.get(header.apply(column));
            if (index != null) {
                columns.put(column, index);
            } else if (required.test(column)) {
                missing.add(header.apply(column));
            }
        }
        return columns;
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
        private final int maxRows;

        Listener(int maxRows) {
            this.maxRows = maxRows;
        }

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
            if (rows.size() >= maxRows) {
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
